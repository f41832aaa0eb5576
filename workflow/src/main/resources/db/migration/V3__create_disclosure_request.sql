-- Disclosure requests (依申请公开, SPEC §2): status, outcome and visibility are separate columns;
-- the identity number is stored encrypted (and masked for lists).

create table disclosure_request (
	id                    bigint        not null auto_increment primary key,
	version               bigint        not null,
	receipt_no            varchar(32),
	status                varchar(30)   not null,
	reply_type            varchar(30),
	reply_reasons         varchar(300),
	reply_note            varchar(4000),
	visibility            varchar(30)   not null,
	applicant_user        varchar(100),
	applicant_type        varchar(40)   not null,
	applicant_name        varchar(200)  not null,
	id_number             varchar(200)  not null,
	id_number_masked      varchar(40)   not null,
	legal_representative  varchar(100),
	contact_person        varchar(100),
	phone                 varchar(30)   not null,
	email                 varchar(200),
	address               varchar(300),
	postcode              varchar(10),
	title                 varchar(300)  not null,
	doc_number            varchar(100),
	description           varchar(4000) not null,
	delivery_form         varchar(20)   not null,
	delivery_method       varchar(20)   not null,
	accessibility_needs   boolean       not null,
	department_code       varchar(32),
	process_instance_id   varchar(64),
	submitted_at          datetime(6)   not null,
	received_on           date,
	reply_due_on          date,
	reply_due_provisional boolean       not null default false,
	supplement_requested  boolean       not null default false,
	supplement_note       varchar(2000),
	supplement_due_on     date,
	replied_at            datetime(6),
	closed_at             datetime(6),
	updated_at            datetime(6)   not null,
	constraint uk_disclosure_request_receipt unique (receipt_no),
	constraint fk_disclosure_request_department foreign key (department_code) references department (code)
) engine=InnoDB default charset=utf8mb4;

create index ix_disclosure_request_applicant on disclosure_request (applicant_user, submitted_at);
create index ix_disclosure_request_status on disclosure_request (status, department_code);

-- Files the applicant attaches (e.g. a scanned identity document); kept in the database so every
-- node sees them and a backup of the database is a backup of the case.
create table request_attachment (
	id           bigint       not null auto_increment primary key,
	request_id   bigint       not null,
	file_name    varchar(255) not null,
	content_type varchar(100) not null,
	size_bytes   bigint       not null,
	content      longblob     not null,
	uploaded_at  datetime(6)  not null,
	constraint fk_request_attachment_request foreign key (request_id) references disclosure_request (id)
) engine=InnoDB default charset=utf8mb4;

create index ix_request_attachment_request on request_attachment (request_id);
