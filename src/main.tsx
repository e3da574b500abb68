import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { DesignerProvider } from './ui/DesignerContext';
import { createEvents } from './ui/events';
import { installConsoleApi } from './ui/console-api';
import { WorkshopSwitch } from './ui/workshop/WorkshopSwitch';
import { createDesignerStore } from './store/store';
import { CoreClient } from './worker/client';
import { connectStoreToCore } from './worker/connect';
import type { WorkerLike } from './worker/protocol';
import CoreWorker from './worker/core.worker.ts?worker';
import seed from '../grove/samples/user-guide/02_pod-and-resource-naming-conventions/multinode-disaggregated-with-frontend.yaml?raw';
import { FilesProvider } from './ui/files/FilesContext';
import { loadStartup } from './persist/startup';
import { decodeShareOffThread } from './persist/share-off-thread';
import { indexedDbStorage } from './persist/storage';
import { startAutosave } from './persist/boot';

// The saved work, or the design of a share link, is in the store before the first paint.
const storage = indexedDbStorage();
const startup = await loadStartup(seed, storage, location.hash, decodeShareOffThread);
const store = createDesignerStore({ text: startup.inputs.text ?? seed });
store.getState().restore(startup.inputs);
const core = new CoreClient(new CoreWorker() as unknown as WorkerLike);
connectStoreToCore(store, core);
installConsoleApi(store, __APP_VERSION__);
const files = { sync: startAutosave(store, storage, startup), startup, seed };

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DesignerProvider designer={{ store, core, events: createEvents() }}>
      <FilesProvider session={files}>
        <WorkshopSwitch>
          <App />
        </WorkshopSwitch>
      </FilesProvider>
    </DesignerProvider>
  </StrictMode>,
);
