-- 建议提案办理 (issue #17 §3): 人大代表建议 and 政协委员提案, their 主办 and 协办 units, the 协办 units'
-- opinions and the 主办 units' 面商 records. The case's status, its reply's class and its visibility
-- are separate columns. Runs unchanged on H2 (MySQL mode) and MySQL/MariaDB.

create table deputy_proposal (
	id                  bigint        not null auto_increment primary key,
	version             bigint        not null,
	kind                varchar(20)   not null,
	proposal_no         varchar(40)   not null,
	session_name        varchar(100)  not null,
	submitters          varchar(500)  not null,
	subject             varchar(300)  not null,
	body                longtext not null,
	key_case            boolean       not null default false,
	assigned_on         date          not null,
	due_on              date          not null,
	status              varchar(30)   not null,
	reply_class         varchar(1),
	reply_text          longtext,
	publishable         boolean       not null default true,
	not_published_reason varchar(500),
	replied_on          date,
	replied_on_time     boolean,
	overdue             boolean       not null default false,
	satisfaction        varchar(30),
	rework_count        int           not null default 0,
	published           boolean       not null default false,
	published_at        datetime(6),
	created_by          varchar(100)  not null,
	created_at          datetime(6)   not null,
	process_instance_id varchar(64),
	constraint uk_deputy_proposal_no unique (kind, session_name, proposal_no)
) engine=InnoDB default charset=utf8mb4;

create index ix_deputy_proposal_published on deputy_proposal (published, replied_on);
create index ix_deputy_proposal_assigned on deputy_proposal (assigned_on);

create table deputy_proposal_unit (
	id              bigint        not null auto_increment primary key,
	proposal_id     bigint        not null,
	department_code varchar(32)   not null,
	unit_role       varchar(10)   not null,
	reply_class     varchar(1),
	reply_text      longtext,
	replied_at      datetime(6),
	constraint fk_deputy_proposal_unit foreign key (proposal_id) references deputy_proposal (id),
	constraint uk_deputy_proposal_unit unique (proposal_id, department_code)
) engine=InnoDB default charset=utf8mb4;

create table deputy_proposal_opinion (
	id              bigint        not null auto_increment primary key,
	proposal_id     bigint        not null,
	department_code varchar(32)   not null,
	opinion_text    varchar(4000) not null,
	sent_by         varchar(100)  not null,
	sent_at         datetime(6)   not null,
	constraint fk_deputy_proposal_opinion foreign key (proposal_id) references deputy_proposal (id)
) engine=InnoDB default charset=utf8mb4;

create table deputy_proposal_consultation (
	id              bigint        not null auto_increment primary key,
	proposal_id     bigint        not null,
	department_code varchar(32)   not null,
	held_on         date          not null,
	channel         varchar(20)   not null,
	participants    varchar(500)  not null,
	note            varchar(2000),
	recorded_by     varchar(100)  not null,
	recorded_at     datetime(6)   not null,
	constraint fk_deputy_proposal_consultation foreign key (proposal_id) references deputy_proposal (id)
) engine=InnoDB default charset=utf8mb4;
