-- The number of the reply letter (答复告知书), allocated when the reply is issued.
alter table disclosure_request add column reply_letter_no varchar(40);
