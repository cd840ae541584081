import type { ColumnType, Generated } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

/** Table `app_user`: a person who signs in; the password only as an scrypt hash. */
export interface AppUserTable {
  readonly id: Generated<string>;
  readonly username: string;
  readonly display_name: string;
  readonly password_hash: string;
  readonly must_change_password: ColumnType<boolean, boolean | undefined, boolean>;
  readonly created_at: Timestamp;
  readonly disabled_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** E-mail address for reminders (null: none). */
  readonly email: ColumnType<string | null, string | null | undefined, string | null>;
  readonly email_enabled: ColumnType<boolean, boolean | undefined, boolean>;
  /** Hour (0–23, Vietnam time) from which the day's reminder digest is sent. */
  readonly digest_hour: ColumnType<number, number | undefined, number>;
}

/** Table `user_role`: a role held on a unit and its subtree ("*" = every unit). */
export interface UserRoleTable {
  readonly user_id: string;
  readonly role: string;
  readonly unit_code: string;
  readonly granted_at: Timestamp;
}

/** Table `auth_session`: a web session, by the sha256 of its cookie token. */
export interface AuthSessionTable {
  readonly id: Generated<string>;
  readonly user_id: string;
  readonly token_hash: string;
  readonly created_at: Timestamp;
  readonly expires_at: ColumnType<Date, Date | string, Date | string>;
  readonly revoked_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** Table `api_token`: an API token, by the sha256 of its secret, with scopes and a subtree. */
export interface ApiTokenTable {
  readonly id: Generated<string>;
  readonly user_id: string;
  readonly name: string;
  readonly token_hash: string;
  readonly token_prefix: string;
  readonly scopes: Json<ReadonlyArray<string>>;
  readonly unit_code: string;
  readonly created_by: string | null;
  readonly created_at: Timestamp;
  readonly expires_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  readonly revoked_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  readonly last_used_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** Table `sign_in_throttle`: failed sign-ins per username and address, and the lock they caused. */
export interface SignInThrottleTable {
  readonly key: string;
  readonly failures: number;
  readonly locked_until: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  readonly updated_at: Timestamp;
}

/** Tables of the accounts feature. */
export interface AccountTables {
  readonly app_user: AppUserTable;
  readonly user_role: UserRoleTable;
  readonly auth_session: AuthSessionTable;
  readonly api_token: ApiTokenTable;
  readonly sign_in_throttle: SignInThrottleTable;
}
