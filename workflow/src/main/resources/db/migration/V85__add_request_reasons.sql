-- Art. 35: the applicant was asked to explain the reasons for a clearly unreasonable number or
-- frequency of requests (by when), and the later reply date the agency set when the reasons were
-- reasonable but the statutory period is not enough (never recomputed from the calendar).
alter table disclosure_request add column reasons_due_on date;
alter table disclosure_request add column later_due_on date;
