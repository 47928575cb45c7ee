package org.openiro.http.pages;

import java.util.List;

/**
 * What every page's frame shows: its title, the council's name in the header, who is signed in, the navigation for
 * their role, and the token for the sign-out form (and every other form on the page).
 *
 * @param authorityName the council's own name, or the service's where no authority is chosen yet
 * @param home where the header's name links to: the signed-in person's home, or sign-in
 */
public record Layout(String title, String authorityName, String home, String username, List<Link> navigation,
                     String csrf) {

    public record Link(String text, String href, boolean current) {
    }

    public boolean signedIn() {
        return username != null;
    }
}
