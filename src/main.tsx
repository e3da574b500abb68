import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { DesignerProvider } from './ui/DesignerContext';
import { createEvents } from './ui/events';
import { installConsoleApi } from './ui/console-api';
import { createDesignerStore } from './store/store';
import { CoreClient } from './worker/client';
import { connectStoreToCore } from './worker/connect';
import type { WorkerLike } from './worker/protocol';
import CoreWorker from './worker/core.worker.ts?worker';
import seed from '../grove/samples/user-guide/02_pod-and-resource-naming-conventions/multinode-disaggregated-with-frontend.yaml?raw';

const store = createDesignerStore({ text: seed });
const core = new CoreClient(new CoreWorker() as unknown as WorkerLike);
connectStoreToCore(store, core);
installConsoleApi(store, __APP_VERSION__);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DesignerProvider designer={{ store, core, events: createEvents() }}>
      <App />
    </DesignerProvider>
  </StrictMode>,
);
