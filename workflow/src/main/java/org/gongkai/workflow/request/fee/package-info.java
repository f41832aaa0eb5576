/**
 * Fees for disclosure on request (art. 42, 国办函〔2020〕109号, SPEC §2.3): normally free, with
 * progressive charges per case or per page when an applicant asks for a great deal.
 */
package org.gongkai.workflow.request.fee;
