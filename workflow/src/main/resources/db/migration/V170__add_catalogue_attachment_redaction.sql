-- 区分处理 (art. 37) of catalogue attachments before publication: the file served and indexed becomes
-- the redacted PDF (content, content_type, size_bytes, extracted_text); the original moves here and is
-- only read again for the staff's marking page, never served. The marks are kept as JSON.
alter table catalogue_attachment add column original_content longblob;
alter table catalogue_attachment add column original_content_type varchar(100);
alter table catalogue_attachment add column original_file_name varchar(255);
alter table catalogue_attachment add column redaction_marks longtext;
alter table catalogue_attachment add column redacted_by varchar(100);
alter table catalogue_attachment add column redacted_at datetime(6);
