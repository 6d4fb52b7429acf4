import type { CompleteResponse } from '../messaging/complete-messages.ts';
import type { PromptResponse } from '../messaging/prompt-messages.ts';
import type { RankPageResponse } from '../messaging/rank-page-messages.ts';
import type {
  Ack,
  PingResponse,
  ProfileFieldsResponse,
  StoredReport,
  TasteCountResponse,
} from '../messaging/runtime-messages.ts';

/** Every answer the worker gives a runtime message (handle-runtime-message.ts). */
export type RuntimeResponse =
  | PingResponse
  | Ack
  | StoredReport
  | ProfileFieldsResponse
  | TasteCountResponse
  | RankPageResponse
  | PromptResponse
  | CompleteResponse;
