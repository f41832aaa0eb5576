-- 查询码: a random code given to the applicant with the receipt number, so that whoever holds both can follow
-- the request without signing in (/requests/lookup). Stored encrypted (AES-GCM, like the identity number),
-- because the receipt, the mail and the applicant's view show it again later. Existing requests get one
-- lazily, the first time their receipt or their applicant's view needs it.
alter table disclosure_request add column query_code varchar(120);
