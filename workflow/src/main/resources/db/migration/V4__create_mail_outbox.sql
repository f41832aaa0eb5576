-- E-mails to applicants, written in the same transaction as the step they report and sent afterwards
-- by the portal's relay. A sent row keeps its sent_at as the record of what the applicant was told;
-- claimed_until lets one of several portal nodes hold a row while it talks to the mail server.

create table mail_outbox (
	id              bigint        not null auto_increment primary key,
	request_id      bigint,
	event_type      varchar(40)   not null,
	recipient       varchar(200)  not null,
	subject         varchar(300)  not null,
	body_text       longtext      not null,
	body_html       longtext      not null,
	created_at      datetime(6)   not null,
	attempts        int           not null default 0,
	next_attempt_at datetime(6)   not null,
	claimed_until   datetime(6),
	last_error      varchar(1000),
	sent_at         datetime(6),
	constraint fk_mail_outbox_request foreign key (request_id) references disclosure_request (id)
) engine=InnoDB default charset=utf8mb4;

create index ix_mail_outbox_due on mail_outbox (sent_at, next_attempt_at);
create index ix_mail_outbox_request on mail_outbox (request_id, created_at);
