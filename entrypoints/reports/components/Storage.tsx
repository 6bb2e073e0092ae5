import type { Strings } from '../strings';
import { formatBytes } from '../strings';

type StorageProps = {
  t: Strings;
  usage: { bytes: number; limit: number; count: number } | null;
  onExport: () => void;
  onImport: (file: File) => void;
  onClear: () => void;
};

/** The storage used against the limit (a meter), and the export, import and clear actions. */
export function Storage({ t, usage, onExport, onImport, onClear }: StorageProps) {
  return (
    <div class="storage">
      {usage && (
        <p id="usage">
          <meter min={0} max={usage.limit} value={usage.bytes} /> {t.storage(formatBytes(usage.bytes), formatBytes(usage.limit), usage.count)}
        </p>
      )}
      <div class="actions">
        <button type="button" onClick={onExport}>
          {t.export}
        </button>
        <label class="file">
          {t.import}
          <input
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) onImport(file);
              e.currentTarget.value = '';
            }}
          />
        </label>
        <button type="button" class="danger" onClick={onClear}>
          {t.clear}
        </button>
      </div>
    </div>
  );
}
