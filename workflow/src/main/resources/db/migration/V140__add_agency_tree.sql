-- Agencies form a tree (集约化: one platform for many agencies): the government at the root, its
-- departments and its districts (区/县人民政府) below it, each district's departments below the district.
-- The government itself becomes a row (code 'government', the agency code its annual report has always
-- had); every existing department hangs under it, so existing codes keep working.
alter table department add column parent_code varchar(32);
alter table department add column kind varchar(16) not null default 'DEPARTMENT';
alter table department add column sort_order int not null default 0;

insert into department (code, name, org_code, general_office, kind, sort_order)
values ('government', '人民政府', '000000000', false, 'GOVERNMENT', 0);

update department set parent_code = 'government' where code <> 'government';

create index ix_department_parent on department (parent_code);
alter table department add constraint fk_department_parent foreign key (parent_code) references department (code);
