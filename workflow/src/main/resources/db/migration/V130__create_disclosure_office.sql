-- 政府信息公开工作机构 (art. 4, art. 12): the office of each agency (department code; the government's own
-- office is the row of its general office) whose contacts the generated 政府信息公开指南 prints.
-- Maintained by the administrator (/admin/disclosure-offices); nothing is seeded: the demo data adds its rows.
create table disclosure_office (
	agency_code         varchar(32)   not null primary key,
	name                varchar(200)  not null,
	address             varchar(300)  not null,
	postcode            varchar(10),
	office_hours        varchar(200)  not null,
	phone               varchar(50)   not null,
	fax                 varchar(50),
	email               varchar(200),
	online_channel      varchar(300),
	reading_places      varchar(1000),
	review_authority    varchar(200),
	complaint_authority varchar(200),
	created_at          datetime(6)   not null,
	updated_at          datetime(6)   not null
) engine=InnoDB default charset=utf8mb4;
