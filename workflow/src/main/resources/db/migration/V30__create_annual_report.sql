-- The statutory annual report (政府信息公开工作年度报告, SPEC §3): one draft per year and agency
-- (a department's code, or 'government' for the whole government). The office enters 表二's rows
-- that the system cannot count, the fee figures and the prose; 表三/表四 and 表二's 规章/规范性文件
-- rows are computed from the cases. On publication the computed tables are frozen in tables_json.
create table annual_report (
	id                 bigint        not null auto_increment primary key,
	version            bigint        not null,
	report_year        int           not null,
	agency             varchar(32)   not null,
	status             varchar(20)   not null,
	licensing          bigint,
	punishment         bigint,
	coercion           bigint,
	administrative_fee decimal(14, 4),
	fee_notices        bigint,
	fee_amount         decimal(14, 2),
	fee_collected      decimal(14, 2),
	overview           longtext,
	problems           longtext,
	other_matters      longtext,
	tables_json        longtext,
	catalogue_item_id  bigint,
	published_at       datetime(6),
	published_by       varchar(100),
	updated_by         varchar(100)  not null,
	updated_at         datetime(6)   not null,
	constraint uk_annual_report_year_agency unique (report_year, agency)
) engine=InnoDB default charset=utf8mb4;

create index ix_catalogue_item_column on catalogue_item (column_code, status, written_date);
create index ix_disclosure_request_received on disclosure_request (received_on, department_code);
create index ix_request_remedy_filed on request_remedy (filed_on);
