-- Cases carried over from the agency's previous system (历史数据导入) are marked with when they were
-- imported; they have no process instance and keep their old number as receipt number.
alter table disclosure_request add column imported_at datetime(6);
