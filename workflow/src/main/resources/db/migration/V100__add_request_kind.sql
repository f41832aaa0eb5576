-- Art. 41: a request to correct a record about oneself is its own request type. What the applicant
-- says the record should read, and the outcome: corrected, forwarded to or referred to the agency
-- that may correct it (named), or refused. Existing requests are disclosure requests.
alter table disclosure_request add column kind varchar(20) default 'DISCLOSURE' not null;
alter table disclosure_request add column correction_sought text;
alter table disclosure_request add column correction_outcome varchar(20);
alter table disclosure_request add column competent_agency varchar(200);
