-- 政务信息 reports (SPEC §5): items, their contributing units, publication issues, adoptions,
-- leader instructions with their 督办, scoring facts and the scoring rules as data.
-- Runs unchanged on H2 (MySQL mode) and MySQL/MariaDB; table options give utf8mb4 on MySQL.

create table publication_issue (
	id          bigint      not null auto_increment primary key,
	publication varchar(20) not null,
	issue_year  int         not null,
	issue_no    int         not null,
	opened_at   datetime(6) not null,
	opened_by   varchar(100) not null,
	published_on date,
	constraint uk_publication_issue unique (publication, issue_year, issue_no)
) engine=InnoDB default charset=utf8mb4;

create table information_report (
	id                  bigint        not null auto_increment primary key,
	version             bigint        not null,
	status              varchar(20)   not null,
	title               varchar(300)  not null,
	body                longtext      not null,
	category            varchar(50),
	urgency             varchar(20)   not null,
	author              varchar(100)  not null,
	phone               varchar(30)   not null,
	unit_code           varchar(32)   not null,
	joint               boolean       not null default false,
	merged_into_id      bigint,
	decision_note       varchar(2000),
	created_by          varchar(100)  not null,
	created_at          datetime(6)   not null,
	updated_at          datetime(6)   not null,
	submitted_at        datetime(6),
	decided_at          datetime(6),
	process_instance_id varchar(64),
	constraint fk_information_report_unit foreign key (unit_code) references department (code)
) engine=InnoDB default charset=utf8mb4;

create index ix_information_report_status on information_report (status, unit_code);

-- The units an item counts for: its own unit, or every unit of a joint item (合报), which split its points.
create table information_report_unit (
	report_id bigint      not null,
	unit_code varchar(32) not null,
	primary key (report_id, unit_code),
	constraint fk_report_unit_report foreign key (report_id) references information_report (id)
) engine=InnoDB default charset=utf8mb4;

create table report_adoption (
	id         bigint       not null auto_increment primary key,
	report_id  bigint       not null,
	issue_id   bigint       not null,
	adopted_on date         not null,
	adopted_by varchar(100) not null,
	constraint uk_report_adoption unique (report_id, issue_id),
	constraint fk_report_adoption_report foreign key (report_id) references information_report (id),
	constraint fk_report_adoption_issue foreign key (issue_id) references publication_issue (id)
) engine=InnoDB default charset=utf8mb4;

-- 领导批示 on an adopted item and the 督办 of each responsible unit.
create table report_instruction (
	id              bigint        not null auto_increment primary key,
	report_id       bigint        not null,
	leader_level    varchar(10)   not null,
	leader_name     varchar(100)  not null,
	text            varchar(2000) not null,
	instructed_on   date          not null,
	feedback_due_at datetime(6)   not null,
	recorded_by     varchar(100)  not null,
	constraint fk_report_instruction_report foreign key (report_id) references information_report (id)
) engine=InnoDB default charset=utf8mb4;

create table report_supervision (
	id             bigint        not null auto_increment primary key,
	version        bigint        not null,
	instruction_id bigint        not null,
	unit_code      varchar(32)   not null,
	due_at         datetime(6)   not null,
	status         varchar(20)   not null,
	feedback       varchar(2000),
	feedback_by    varchar(100),
	feedback_at    datetime(6),
	constraint uk_report_supervision unique (instruction_id, unit_code),
	constraint fk_report_supervision_instruction foreign key (instruction_id) references report_instruction (id)
) engine=InnoDB default charset=utf8mb4;

-- Every fact that scores: adoption, forwarding, higher-level adoption, instruction, deduction; each
-- points to its evidence. Item facts count for the item's units; deductions name their unit.
create table report_score_fact (
	id             bigint       not null auto_increment primary key,
	kind           varchar(20)  not null,
	level          varchar(10)  not null,
	channel        varchar(30)  not null,
	occurred_on    date         not null,
	report_id      bigint,
	unit_code      varchar(32),
	issue_id       bigint,
	instruction_id bigint,
	evidence       varchar(500) not null,
	recorded_by    varchar(100) not null,
	recorded_at    datetime(6)  not null,
	constraint fk_report_score_fact_report foreign key (report_id) references information_report (id)
) engine=InnoDB default charset=utf8mb4;

create index ix_report_score_fact_date on report_score_fact (occurred_on);

-- Scoring rules as data: (kind, level, channel) → points, or a multiplier; '*' matches any channel.
-- A new effective_from adds a version; the version in force on the fact's date applies.
create table report_scoring_rule (
	id             bigint        not null auto_increment primary key,
	kind           varchar(20)   not null,
	level          varchar(10)   not null,
	channel        varchar(30)   not null,
	points         decimal(8,2)  not null,
	multiplier     decimal(6,3),
	effective_from date          not null,
	description    varchar(200)  not null,
	created_by     varchar(100)  not null,
	constraint uk_report_scoring_rule unique (kind, level, channel, effective_from)
) engine=InnoDB default charset=utf8mb4;

-- Monthly quotas per unit class (一类 ≥6, 二类 ≥5, 三类 ≥3, 四类 ≥2), versioned like the rules.
create table report_quota (
	unit_class     int  not null,
	effective_from date not null,
	monthly_items  int  not null,
	primary key (unit_class, effective_from)
) engine=InnoDB default charset=utf8mb4;

-- The class of each reporting unit; units without a row have the configured default class.
create table report_unit_class (
	unit_code  varchar(32) not null primary key,
	unit_class int         not null
) engine=InnoDB default charset=utf8mb4;

-- The example table of a city's 考核办法 (SPEC §5), in force from 2026-01-01.
insert into report_scoring_rule (kind, level, channel, points, multiplier, effective_from, description, created_by) values
	('ADOPTED', 'CITY', '*', 3.00, null, '2026-01-01', '市级刊物采用，每条', 'system'),
	('FORWARDED', 'PROVINCE', '*', 0.00, 1.000, '2026-01-01', '报送上级的信息，本级采用分倍数', 'system'),
	('UPPER_ADOPTED', 'PROVINCE', 'SELECTED', 2.00, null, '2026-01-01', '被省级选用', 'system'),
	('UPPER_ADOPTED', 'PROVINCE', 'BRIEFING', 10.00, null, '2026-01-01', '省级简报采用', 'system'),
	('UPPER_ADOPTED', 'PROVINCE', 'SPECIAL', 20.00, null, '2026-01-01', '省级专报采用', 'system'),
	('UPPER_ADOPTED', 'STATE', '*', 50.00, null, '2026-01-01', '国办采用', 'system'),
	('INSTRUCTED', 'CITY', '*', 5.00, null, '2026-01-01', '市领导批示，加分', 'system'),
	('INSTRUCTED', 'PROVINCE', '*', 50.00, null, '2026-01-01', '省领导批示，加分', 'system'),
	('INSTRUCTED', 'STATE', '*', 100.00, null, '2026-01-01', '国务院领导批示，加分', 'system'),
	('DEDUCTED', 'CITY', 'MISSED_COMMISSION', -10.00, null, '2026-01-01', '约稿未按时报送，每次', 'system'),
	('DEDUCTED', 'CITY', 'LATE_FEEDBACK', -10.00, null, '2026-01-01', '批示督办反馈逾期，每次', 'system'),
	('DEDUCTED', 'CITY', 'LATE_EMERGENCY', -10.00, null, '2026-01-01', '紧急信息迟报，每次', 'system');

insert into report_quota (unit_class, effective_from, monthly_items) values
	(1, '2026-01-01', 6), (2, '2026-01-01', 5), (3, '2026-01-01', 3), (4, '2026-01-01', 2);
