package nl.plein.mail.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * A plain-text mail body as HTML for the outbox page: everything escaped, and web addresses made
 * into links, so the platform admin can follow a demo's confirmation link. Until the admin opens a mail's links,
 * each address shows only its site: a reset or invitation link is a live key to someone's account.
 */
public final class MailBody {

    /** http(s) up to white space or a character that cannot end an address in running text. */
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+[^\\s<>\"'.,;:!?)]");

    private MailBody() {}

    public static String toHtml(String body, boolean links) {
        if (body == null) {
            return "";
        }
        var html = new StringBuilder();
        Matcher link = LINK.matcher(body);
        int last = 0;
        while (link.find()) {
            html.append(HtmlUtils.htmlEscape(body.substring(last, link.start())));
            if (links) {
                String url = HtmlUtils.htmlEscape(link.group());
                html.append("<a class=\"utrecht-link\" rel=\"noopener noreferrer\" href=\"")
                        .append(url)
                        .append("\">")
                        .append(url)
                        .append("</a>");
            } else {
                html.append(HtmlUtils.htmlEscape(site(link.group()))).append("/…");
            }
            last = link.end();
        }
        html.append(HtmlUtils.htmlEscape(body.substring(last)));
        return html.toString();
    }

    /** Whether the body holds a web address at all (only then is there something to open). */
    public static boolean hasLinks(String body) {
        return body != null && LINK.matcher(body).find();
    }

    /** "https://host:port" of an address. */
    private static String site(String url) {
        int slash = url.indexOf('/', url.indexOf("//") + 2);
        return slash < 0 ? url : url.substring(0, slash);
    }
}
