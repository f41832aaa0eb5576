-- 我为政府网站找错: reports from visitors about this site, with the office's handling.
create table site_error_report (
	id            bigint         not null auto_increment primary key,
	number        varchar(20)    not null,
	page_url      varchar(1000)  not null,
	kind          varchar(20)    not null,
	description   varchar(2000)  not null,
	contact       varchar(200),
	created_at    datetime(6)    not null,
	handled_at    datetime(6),
	handled_by    varchar(100),
	handling_note varchar(1000),
	constraint uk_site_error_report_number unique (number)
) engine=InnoDB default charset=utf8mb4;

create index ix_site_error_report_open on site_error_report (handled_at, created_at);
