-- Passkeys (issue 9): the tables of Spring Security's JdbcPublicKeyCredentialUserEntityRepository and
-- JdbcUserCredentialRepository, in SQL that runs on H2 and PostgreSQL. A user entity's name is the staff account's
-- email address; its id is the random user handle the authenticator keeps (never the account id).
create table user_entities (
    id varchar(1000) not null primary key,
    name varchar(254) not null unique,
    display_name varchar(254)
);

create table user_credentials (
    credential_id varchar(1000) not null primary key,
    user_entity_user_id varchar(1000) not null references user_entities (id) on delete cascade,
    public_key bytea not null,
    signature_count bigint,
    uv_initialized boolean,
    backup_eligible boolean not null,
    authenticator_transports varchar(1000),
    public_key_credential_type varchar(100),
    backup_state boolean not null,
    attestation_object bytea,
    attestation_client_data_json bytea,
    created timestamp,
    last_used timestamp,
    label varchar(1000) not null
);
create index user_credentials_user on user_credentials (user_entity_user_id);

-- Partnership-wide security settings, changed by admins only (each change is in the sign-in audit).
create table security_setting (
    setting_key varchar(60) not null primary key,
    enabled boolean not null,
    changed_at timestamp with time zone,
    changed_by varchar(254)
);
