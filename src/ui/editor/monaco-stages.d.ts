// Parts of Monaco's own module graph that src/ui/editor/load.ts imports first, one task each, so that
// evaluating Monaco is not one long task. Imported only to run them: nothing is used from them.
declare module 'monaco-editor/editor/common/services/editorBaseApi.js';
declare module 'monaco-editor/editor/browser/widget/codeEditor/codeEditorWidget.js';
declare module 'monaco-editor/editor/standalone/browser/standaloneServices.js';
