import { AppLink } from '../urls/app-link';
import { HOME_PATH } from '../urls/paths';
import styles from './message-page.module.css';

interface Props {
  title?: string;
  message?: string;
}

export function NotFoundPage({
  title = '找不到這個頁面',
  message = '網址可能有誤，或這個頁面已經不存在。',
}: Props) {
  return (
    <div className={styles.page}>
      <title>{title}</title>
      <h1 tabIndex={-1}>{title}</h1>
      <p>{message}</p>
      <p>
        <AppLink to={HOME_PATH}>回到首頁</AppLink>
      </p>
    </div>
  );
}
