-- 约稿: the office commissions named units for an item on a topic by a deadline; a missed deadline is deducted.
create table report_commission (
	id          bigint        not null auto_increment primary key,
	version     bigint        not null,
	unit_code   varchar(32)   not null,
	topic       varchar(500)  not null,
	due_at      datetime(6)   not null,
	status      varchar(20)   not null,
	report_id   bigint,
	created_by  varchar(100)  not null,
	created_at  datetime(6)   not null,
	answered_at datetime(6),
	constraint fk_report_commission_unit foreign key (unit_code) references department (code)
) engine=InnoDB default charset=utf8mb4;

create index ix_report_commission_unit on report_commission (unit_code, status);
