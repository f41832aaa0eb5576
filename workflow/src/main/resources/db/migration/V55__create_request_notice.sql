-- The numbered notices of a request other than the receipt and the reply letter (SPEC §2.3):
-- 补正告知书, 延期答复告知书, 第三方意见征询函 and 收费通知. Each row keeps what its letter says as it
-- was issued, so the same notice renders the same PDF however the request moves on.

create table request_notice (
	id              bigint        not null auto_increment primary key,
	request_id      bigint        not null,
	kind            varchar(20)   not null,
	notice_no       varchar(40)   not null,
	issued_on       date          not null,
	issued_by       varchar(100)  not null,
	addressee       varchar(200),
	content         varchar(4000),
	previous_due_on date,
	due_on          date,
	fee_method      varchar(20),
	fee_quantity    int,
	fee_amount      decimal(12, 2),
	constraint uk_request_notice_no unique (notice_no),
	constraint fk_request_notice_request foreign key (request_id) references disclosure_request (id)
) engine=InnoDB default charset=utf8mb4;

create index ix_request_notice_request on request_notice (request_id, id);
