-- How an application reached the agency (arts. 29, 31): online, or registered by the office from a visit,
-- a letter, a fax, an e-mail or an oral request, with who registered it.
alter table disclosure_request add column channel varchar(20) default 'ONLINE' not null;
alter table disclosure_request add column registered_by varchar(100);
