-- A report may re-grade its emergency event (found graver or less grave than first reported); each
-- report keeps the grade it gave. Reports made before this are left without one.
alter table emergency_report add column severity varchar(20);
