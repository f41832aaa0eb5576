-- Citizens' e-mail subscriptions to a catalogue column, an agency (department) or a saved search, with
-- one digest mail a day when something new was published there (portal/subscription).
-- The address is personal data: stored encrypted (FieldEncryption, like identity numbers) and found by
-- its keyed fingerprint; both are erased when the subscription ends. Tokens are stored as SHA-256 hashes;
-- the unsubscribe token is also kept encrypted, because every digest carries it in its link.

create table subscription (
	id                     bigint        not null auto_increment primary key,
	kind                   varchar(10)   not null,
	target                 varchar(1000) not null,
	email                  varchar(600),
	email_hash             varchar(64),
	account                varchar(100),
	status                 varchar(12)   not null,
	confirm_token_hash     varchar(64),
	unsubscribe_token_hash varchar(64)   not null,
	unsubscribe_token      varchar(200),
	created_at             datetime(6)   not null,
	confirmed_at           datetime(6),
	ended_at               datetime(6),
	digested_until         datetime(6),
	constraint uq_subscription_confirm unique (confirm_token_hash),
	constraint uq_subscription_unsubscribe unique (unsubscribe_token_hash)
) engine=InnoDB default charset=utf8mb4;

create index ix_subscription_email on subscription (email_hash, created_at);
create index ix_subscription_account on subscription (account, created_at);
create index ix_subscription_status on subscription (status, created_at);

-- One row per subscription and day a digest was queued: the unique key makes the digest exactly-once
-- however many portal nodes run the daily job, and however often it is re-run after a crash.
create table subscription_digest (
	id              bigint      not null auto_increment primary key,
	subscription_id bigint      not null,
	digest_on       date        not null,
	item_count      int         not null,
	mail_id         bigint,
	created_at      datetime(6) not null,
	constraint uq_subscription_digest unique (subscription_id, digest_on),
	constraint fk_subscription_digest_subscription foreign key (subscription_id) references subscription (id),
	constraint fk_subscription_digest_mail foreign key (mail_id) references mail_outbox (id)
) engine=InnoDB default charset=utf8mb4;

-- The days whose digest run finished on some node; a day without a row is (re-)run by the next check.
create table subscription_digest_day (
	digest_on   date        not null primary key,
	finished_at datetime(6) not null
) engine=InnoDB default charset=utf8mb4;

-- Mails to subscribers go through the same outbox as the applicants' mails: no request, a subscription,
-- and the one-click unsubscribe address for the List-Unsubscribe header (RFC 8058).
alter table mail_outbox add column subscription_id bigint;
alter table mail_outbox add column list_unsubscribe varchar(500);
create index ix_mail_outbox_subscription on mail_outbox (subscription_id, created_at);
alter table mail_outbox add constraint fk_mail_outbox_subscription foreign key (subscription_id) references subscription (id);
