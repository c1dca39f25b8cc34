import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { ConfirmClearButton } from '../library/confirm-clear-button';
import { LIBRARY } from '../library/library-query';
import { forgetReadMarks } from '../library/read-marks';
import { clearDevice, type DeviceSummary, deviceSummary } from '../offline/device-storage';
import { clearHistory, clearSaved, MAX_OPENED } from '../offline/story-store';
import styles from './settings-page.module.css';

/** Bytes as the largest sensible unit, one decimal at most. */
function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
}

/** A count of stories; 沒有 for none (one 0 篇 on the page is the whole store's). */
const count = (n: number) => (n > 0 ? `${n} 篇` : '沒有');

/**
 * `/settings`: what this device keeps for offline reading, and ways to clear it: the history
 * (and read marks), 收藏, or everything.
 */
export function SettingsPage() {
  const [summary, setSummary] = useState<DeviceSummary>();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const queryClient = useQueryClient();

  const refresh = useCallback(() => deviceSummary().then(setSummary), []);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  /** After any clearing: the counts here, the lists elsewhere, the message. */
  const cleared = async (done: boolean, what: string) => {
    await refresh();
    void queryClient.invalidateQueries({ queryKey: LIBRARY });
    setMessage(done ? `已清除${what}。` : '有些資料無法清除，請稍後再試。');
  };

  const clear = async () => {
    setBusy(true);
    const done = await clearDevice();
    forgetReadMarks();
    setBusy(false);
    await cleared(done, '這台裝置上保存的新聞');
  };

  const { stories, cached, usageBytes } = summary ?? {};
  return (
    <div className={styles.page}>
      <title>本機儲存與離線閱讀</title>
      <h1 tabIndex={-1}>本機儲存與離線閱讀</h1>
      <p>
        為了在沒有網路時也能閱讀，這個閱讀器會在這台裝置上保存你開啟過的新聞（閱讀紀錄，最多{' '}
        {MAX_OPENED}{' '}
        篇，最早開啟的先刪除）、你收藏的新聞（不會自動刪除）、最近一次的新聞列表和圖片。這些資料只存在這台裝置上。
      </p>
      {!summary ? (
        <p role="status">正在計算…</p>
      ) : (
        <dl className={styles.list}>
          <dt>保存的新聞</dt>
          <dd>
            {stories
              ? `${stories.count} 篇，約 ${size(stories.bytes)}`
              : '這個瀏覽器無法在裝置上保存新聞（例如私密瀏覽）'}
          </dd>
          {stories && (
            <>
              <dt>閱讀紀錄</dt>
              <dd>{count(stories.opened)}</dd>
              <dt>收藏</dt>
              <dd>{count(stories.saved)}</dd>
            </>
          )}
          <dt>離線用的新聞資料</dt>
          <dd>
            {cached
              ? `新聞列表 ${cached.feed + cached.documents} 份，圖片 ${cached.images} 張`
              : '無'}
          </dd>
          {usageBytes !== undefined && (
            <>
              <dt>總共使用的空間（含閱讀器本身）</dt>
              <dd>約 {size(usageBytes)}</dd>
            </>
          )}
        </dl>
      )}
      <p className={styles.actions}>
        <ConfirmClearButton
          label="清除閱讀紀錄"
          question="清除閱讀紀錄與已讀標記？收藏會保留。"
          disabled={!stories?.opened}
          onConfirm={async () => {
            const done = await clearHistory();
            if (done) forgetReadMarks();
            await cleared(done, '閱讀紀錄');
          }}
        />
        <ConfirmClearButton
          label="清除收藏"
          question="清除所有收藏？建議先到「我的收藏」匯出備份。"
          disabled={!stories?.saved}
          onConfirm={async () => {
            await cleared(await clearSaved(), '收藏');
          }}
        />
      </p>
      <p>
        <button
          type="button"
          className={styles.button}
          disabled={busy}
          onClick={() => void clear()}
        >
          {busy ? '清除中…' : '清除保存的新聞'}
        </button>
      </p>
      <p role="status">{message}</p>
      <p className={styles.note}>清除後，字級與繁簡等閱讀設定仍會保留。</p>
    </div>
  );
}
