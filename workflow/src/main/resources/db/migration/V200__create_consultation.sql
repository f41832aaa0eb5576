-- 意见征集 (issue #17 §1): a department's draft put out for public comment, its questions and documents,
-- the moderated comments and the groups of the 意见采纳情况反馈. Runs on H2 (MySQL mode) and MariaDB.

create table consultation (
	id                  bigint        not null auto_increment primary key,
	version             bigint        not null,
	department_code     varchar(32)   not null,
	title               varchar(200)  not null,
	summary             varchar(4000),
	kind                varchar(30)   not null,
	opens_on            date          not null,
	closes_on           date          not null,
	status              varchar(30)   not null,
	created_by          varchar(100)  not null,
	created_at          datetime(6)   not null,
	submitted_at        datetime(6),
	opened_at           datetime(6),
	closed_at           datetime(6),
	concluded_at        datetime(6),
	feedback_summary    varchar(4000),
	feedback_item_id    bigint,
	final_item_id       bigint,
	process_instance_id varchar(64),
	constraint fk_consultation_department foreign key (department_code) references department (code),
	constraint fk_consultation_feedback_item foreign key (feedback_item_id) references catalogue_item (id),
	constraint fk_consultation_final_item foreign key (final_item_id) references catalogue_item (id)
) engine=InnoDB default charset=utf8mb4;

create index ix_consultation_status on consultation (status, closes_on);

create table consultation_question (
	consultation_id bigint        not null,
	seq_no          int           not null,
	question_text   varchar(1000) not null,
	primary key (consultation_id, seq_no),
	constraint fk_consultation_question foreign key (consultation_id) references consultation (id)
) engine=InnoDB default charset=utf8mb4;

create table consultation_attachment (
	id              bigint       not null auto_increment primary key,
	consultation_id bigint       not null,
	attachment_role varchar(20)  not null,
	file_name       varchar(255) not null,
	content_type    varchar(100) not null,
	size_bytes      bigint       not null,
	content         longblob     not null,
	uploaded_at     datetime(6)  not null,
	constraint fk_consultation_attachment foreign key (consultation_id) references consultation (id)
) engine=InnoDB default charset=utf8mb4;

create index ix_consultation_attachment on consultation_attachment (consultation_id);

create table consultation_comment_group (
	id              bigint        not null auto_increment primary key,
	consultation_id bigint        not null,
	seq_no          int           not null,
	summary         varchar(2000) not null,
	outcome         varchar(20)   not null,
	reason          varchar(2000) not null,
	constraint fk_consultation_group foreign key (consultation_id) references consultation (id)
) engine=InnoDB default charset=utf8mb4;

create table consultation_comment (
	id              bigint        not null auto_increment primary key,
	version         bigint        not null,
	consultation_id bigint        not null,
	question_no     int,
	author_id       varchar(100)  not null,
	author_name     varchar(200)  not null,
	body            varchar(4000) not null,
	status          varchar(20)   not null,
	reject_reason   varchar(20),
	submitted_at    datetime(6)   not null,
	moderated_by    varchar(100),
	moderated_at    datetime(6),
	group_id        bigint,
	constraint fk_consultation_comment foreign key (consultation_id) references consultation (id),
	constraint fk_consultation_comment_group foreign key (group_id) references consultation_comment_group (id)
) engine=InnoDB default charset=utf8mb4;

create index ix_consultation_comment on consultation_comment (consultation_id, status);
create index ix_consultation_comment_author on consultation_comment (author_id);

-- the column the 意见采纳情况反馈 are published in
insert into catalogue_column (code, name, parent_code, sort_order) values
	('consultation-feedback', '意见征集反馈', 'statutory', 170);
