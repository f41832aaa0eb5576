-- 紧急信息 (SPEC §5): emergency events a unit reports on, and their report chains (初报 → 续报 … → 终报),
-- each report timestamped by the server with its due time and lateness. 迟报/漏报/瞒报 are deducted
-- through report_score_fact, which now can point to the emergency event as its evidence.
-- Runs unchanged on H2 (MySQL mode) and MySQL/MariaDB.

create table emergency_event (
	id                   bigint        not null auto_increment primary key,
	version              bigint        not null,
	unit_code            varchar(32)   not null,
	name                 varchar(200)  not null,
	occurred_at          datetime(6)   not null,
	learned_at           datetime(6),
	location             varchar(200)  not null,
	severity             varchar(20)   not null,
	summary              varchar(4000) not null,
	author               varchar(100)  not null,
	phone                varchar(30)   not null,
	status               varchar(30)   not null,
	first_report_due_at  datetime(6)   not null,
	next_report_due_at   datetime(6),
	report_count         int           not null,
	late                 boolean       not null default false,
	first_report_overdue boolean       not null default false,
	concealed            boolean       not null default false,
	concealment_reason   varchar(1000),
	created_by           varchar(100)  not null,
	created_at           datetime(6)   not null,
	closed_by            varchar(100),
	closed_at            datetime(6),
	process_instance_id  varchar(64),
	constraint fk_emergency_event_unit foreign key (unit_code) references department (code)
) engine=InnoDB default charset=utf8mb4;

create index ix_emergency_event_unit on emergency_event (unit_code, status);

create table emergency_report (
	id           bigint        not null auto_increment primary key,
	event_id     bigint        not null,
	seq          int           not null,
	kind         varchar(20)   not null,
	channel      varchar(20)   not null,
	content      varchar(4000) not null,
	deaths       int,
	injured      int,
	missing      int,
	author       varchar(100)  not null,
	phone        varchar(30)   not null,
	submitted_by varchar(100)  not null,
	submitted_at datetime(6)   not null,
	due_at       datetime(6),
	late         boolean       not null default false,
	constraint uk_emergency_report_seq unique (event_id, seq),
	constraint fk_emergency_report_event foreign key (event_id) references emergency_event (id)
) engine=InnoDB default charset=utf8mb4;

alter table report_score_fact add column emergency_event_id bigint;
alter table report_score_fact add constraint fk_report_score_fact_emergency
	foreign key (emergency_event_id) references emergency_event (id);

-- 迟报 (LATE_EMERGENCY, −10 from 2026-01-01) is in V20; 漏报 and 瞒报 join it, versioned the same way.
insert into report_scoring_rule (kind, level, channel, points, multiplier, effective_from, description, created_by) values
	('DEDUCTED', 'CITY', 'MISSED_EMERGENCY', -10.00, null, '2026-01-01', '紧急信息漏报，每次', 'system'),
	('DEDUCTED', 'CITY', 'CONCEALED_EMERGENCY', -20.00, null, '2026-01-01', '紧急信息瞒报，每次', 'system');
