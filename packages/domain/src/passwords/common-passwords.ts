/**
 * The most common passwords from public breach corpora, lower-case. Variants (case, trailing
 * digits and symbols, look-alike substitutions) are caught by the matcher, so bases suffice.
 */
const LIST = `
123456 123456789 12345678 12345 1234567 1234567890 123123 111111 000000 1234 123321 654321
666666 121212 112233 123qwe 1q2w3e 1q2w3e4r 1q2w3e4r5t 1qaz2wsx qwerty qwerty123 qwertyuiop
qwert asdf asdfgh asdfghjkl zxcvbn zxcvbnm qazwsx azerty password password1 passw0rd pass
passwort passpass pass123 p4ssword admin admin123 administrator root toor letmein welcome
welcome1 login abc123 abcd1234 abc iloveyou iloveu love lovely loveme monkey dragon master
shadow sunshine princess football baseball basketball soccer hockey superman batman spiderman
trustno1 starwars whatever freedom hello hello123 charlie michael jordan jordan23 hunter
hunter2 ranger buster tigger thomas robert daniel jessica ashley michelle jennifer nicole
andrew joshua matthew anthony amanda summer winter spring autumn fall secret secret123
killer pepper ginger cookie cheese chocolate banana orange apple computer internet samsung
google facebook microsoft linkedin twitter yahoo hotmail gmail qwerty1 flower flowers
purple yellow silver golden diamond jasmine maggie sophie lucky mustang harley corvette
ferrari porsche mercedes yankees lakers liverpool arsenal chelsea barcelona juventus
test test123 testing guest user default changeme change temp temp123 temporary
access system server office company business money dollar monday friday sunday
january february march april june july august september october november december
family friends forever angel angels baby babygirl babyboy mother father sister brother
heaven hell devil god jesus christ blessed faith hope peace happy smile music guitar
piano dance rock metal star stars moon sun sky ocean water fire earth nature tiger lion
eagle wolf bear dragon1 phoenix falcon cowboy pirate ninja samurai warrior knight king
queen prince master1 boss hero legend zaq12wsx 1qazxsw2 zaq1zaq1 q1w2e3r4 q1w2e3 1a2b3c
a1b2c3 aaaaaa abcdef abcdefg abcdefgh 987654321 11111111 22222222 88888888 99999999
12341234 11223344 147258369 159753 159357 741852963 696969 777777 555555 888888 999999
987654 246810 131313 232323 202020 101010 nothing none null empty blank asdf1234
asdasd qweqwe zxczxc qwe123 qweasd qweasdzxc asd123 zxc123 1qaz 2wsx 3edc !qaz2wsx
p@ssw0rd p@ssword pa55word pa55w0rd passw0rd1 mypassword mypass yourpassword nopassword
newpassword oldpassword password12 password123 password1234 welcome123 letmein1 admin1
administrator1 root123 superuser super support helpdesk service backup oracle mysql
postgres database sql access123 login123 user123 guest123 demo demo123 sample example
whatever1 computer1 internet1 master123 dragon123 monkey123 shadow123 sunshine1 princess1
football1 baseball1 iloveyou1 starwars1 batman123 superman1 michael1 charlie1
jordan1 hunter1 ranger1 buster1 tigger1 thomas1 robert1 daniel1 jessica1 ashley1
cheese1 cookie1 pepper1 ginger1 killer1 freedom1 hello1 summer1 winter1 spring1 soccer1
hockey1 lovely1 loveme1 angel1 sweet sweetie sweetheart honey sugar candy cupcake
kitten kitty puppy doggy doggie horse bunny teddy teddybear snoopy pokemon pikachu
mario zelda minecraft fortnite roblox gamer gaming player playstation xbox nintendo
matrix neo hacker hacking letmein123 openup opensesame abracadabra rosebud swordfish
william james john david richard charles joseph christopher elizabeth mary patricia linda
barbara susan margaret sarah karen nancy lisa betty helen sandra donna carol ruth sharon
london paris berlin madrid rome tokyo newyork chicago boston dallas texas florida
california canada america usa england france germany italy spain russia china india
`;

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(LIST.split(/\s+/).filter((w) => w.length > 0));
