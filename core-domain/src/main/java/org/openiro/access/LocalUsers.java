package org.openiro.access;

import java.util.Set;
import org.openiro.access.port.in.AddLocalUserUseCase;
import org.openiro.access.port.in.SignInUseCase;
import org.openiro.access.port.out.LocalUserDirectory;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.shared.Conflict;
import org.openiro.shared.UnitOfWork;

/** Users whose passwords the service holds: the embedded default's way in, never a production one. */
public final class LocalUsers implements SignInUseCase, AddLocalUserUseCase {

    /** Compared against when the username is unknown, so a wrong name costs the same time as a wrong password. */
    private static final String DECOY = Passwords.hashDemoPassword("decoy-password-never-matches");

    private final LocalUserDirectory directory;
    private final AuthorityRepository authorities;
    private final UnitOfWork unitOfWork;

    public LocalUsers(LocalUserDirectory directory, AuthorityRepository authorities, UnitOfWork unitOfWork) {
        this.directory = directory;
        this.authorities = authorities;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Caller signIn(String username, String password) {
        LocalUser user = unitOfWork.inTransaction(() -> directory.find(username)).orElse(null);
        boolean matches = Passwords.matches(password, user == null ? DECOY : user.passwordHash());
        if (user == null || !matches) {
            throw new SignInRefused();
        }
        return user.asCaller();
    }

    @Override
    public boolean add(AddLocalUserCommand command) {
        String hash = Passwords.hash(command.password());
        LocalUser user = new LocalUser(command.username(), hash, command.roles(),
                Set.of(command.authority().value()), command.iroId(), command.socialWorkerId());
        return unitOfWork.inTransaction(() -> {
            authorities.require(command.authority());
            directory.find(command.username()).ifPresent(existing -> {
                if (!existing.authorities().equals(Set.of(command.authority().value()))) {
                    // Usernames are global, but which authorities have which users is no other authority's business.
                    throw new Conflict("username", "this username is not available: choose another");
                }
            });
            return directory.save(user);
        });
    }
}
