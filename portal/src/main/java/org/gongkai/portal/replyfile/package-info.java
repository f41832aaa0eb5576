/** The information a reply provides (答复随附信息): the handler's uploads and linked catalogue items, their review and the applicant's downloads. */
package org.gongkai.portal.replyfile;
