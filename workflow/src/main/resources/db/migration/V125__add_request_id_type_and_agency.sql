-- 证件类型 of the applicant's identity number, and the agency the applicant applied to (受理机关).
-- Rows filed before: persons named their 居民身份证, organisations their 统一社会信用代码.
alter table disclosure_request add column id_type varchar(40);
update disclosure_request set id_type = case when applicant_type = 'NATURAL_PERSON' then 'RESIDENT_ID' else 'CREDIT_CODE' end;
alter table disclosure_request add column agency_code varchar(40);
