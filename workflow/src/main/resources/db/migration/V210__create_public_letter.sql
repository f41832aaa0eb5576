-- 政民互动 (issue #17 §2): letters a citizen writes to an agency or a leader's mailbox, the office's
-- registration (forward or decline), the department's reply and its review, the redacted version shown to
-- the public, the citizen's one rating, and the 整改 and 回访 a poor rating opens.
-- Runs unchanged on H2 (MySQL mode) and MySQL/MariaDB.

create table public_letter (
	id                    bigint        not null auto_increment primary key,
	version               bigint        not null,
	letter_no             varchar(20)   not null,
	writer_user_id        varchar(100)  not null,
	writer_name           varchar(100)  not null,
	contact_email         varchar(200),
	contact_phone         varchar(30),
	mailbox               varchar(20)   not null,
	addressee_code        varchar(32)   not null,
	subject               varchar(200)  not null,
	body_text             longtext not null,
	publishable           boolean       not null default false,
	status                varchar(30)   not null,
	submitted_at          datetime(6)   not null,
	register_due_on       date          not null,
	registered_at         datetime(6),
	registered_by         varchar(100),
	department_code       varchar(32),
	decline_reason        varchar(30),
	decline_note          longtext,
	reply_due_on          date,
	extended              boolean       not null default false,
	extension_reason      longtext,
	reply_text            longtext,
	replied_by            varchar(100),
	replied_at            datetime(6),
	replied_on            date,
	published             boolean       not null default false,
	published_at          datetime(6),
	public_writer_name    varchar(100),
	public_subject        varchar(200),
	public_text           longtext,
	public_reply          longtext,
	rating_level          varchar(30),
	rating_comment        longtext,
	rated_at              datetime(6),
	rectify_due_on        date,
	rectification_text    longtext,
	rectified_at          datetime(6),
	callback_note         longtext,
	callback_at           datetime(6),
	process_instance_id   varchar(64),
	constraint uk_public_letter_no unique (letter_no),
	constraint fk_public_letter_addressee foreign key (addressee_code) references department (code)
) engine=InnoDB default charset=utf8mb4;

create index ix_public_letter_writer on public_letter (writer_user_id, id);
create index ix_public_letter_published on public_letter (published, published_at);
create index ix_public_letter_submitted on public_letter (submitted_at);

create table public_letter_attachment (
	id           bigint       not null auto_increment primary key,
	letter_id    bigint       not null,
	file_name    varchar(255) not null,
	content_type varchar(100) not null,
	size_bytes   bigint       not null,
	content      longblob     not null,
	uploaded_at  datetime(6)  not null,
	constraint fk_public_letter_attachment_letter foreign key (letter_id) references public_letter (id)
) engine=InnoDB default charset=utf8mb4;

create index ix_public_letter_attachment_letter on public_letter_attachment (letter_id);
