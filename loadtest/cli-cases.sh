#!/bin/bash
# The command-line cases of issue 12, run as a user would, each printing its exit code and first lines:
# graph names of files that differ only in non-ASCII characters or punctuation, another folder's index.txt, an empty
# or missing input folder, skipped .pdf/.docx, a FIFO and a link to /dev/zero named .txt, export formats from the
# extension and a refused mismatch, N-Triples validated by riot, RDF/XML, extract to stdout, query --format xml,
# validate, serve on a port in use, link --online without a network.
#
#   loadtest/cli-cases.sh [JAR]      # from the project root, after: mvn -B -q package -DskipTests
# Works in a temporary folder and deletes it; holds port 3411 for a minute to show the port-in-use message.
JAR=$(readlink -f "${1:-target/cadregraph.jar}")
W=$(mktemp -d); cd $W
c() { echo "### $1"; shift; timeout 120 "$@" > out.txt 2> err.txt; rc=$?; echo "exit $rc"; (cat out.txt; cat err.txt) | grep -v "^\s*$" | head -${N:-3} | cut -c1-220; }
mkdir -p a b empty; printf 'Published: 2023-09-11\nOn September 10, Li Ming, Minister of Education, attended a forum on teachers in Beijing.\n' > "a/2023-09-11 教育部会议.txt"
printf 'Published: 2023-09-12\nOn September 11, Wang Wei, Governor of Yunnan, attended a meeting on schools in Kunming.\n' > "a/2023-09-11 云南省政府.txt"
cp "a/2023-09-11 教育部会议.txt" "a/Report 1.txt"; printf 'Published: 2023-09-13\nOn September 12, Zhao Lan, Mayor of Hefei, attended a forum on rural teachers.\n' > "a/report_1.txt"
c "two files whose names differ only in non-ASCII / punctuation: graphs" java -jar $JAR build a --db db -q --no-progress
echo 'SELECT (COUNT(DISTINCT ?g) AS ?graphs) { GRAPH ?g { ?s <https://w3id.org/cadregraph/ontology#sourceFile> ?f } }' > g.rq; java -jar $JAR query g.rq --db db 2>&1 | tail -3
printf 'x' > b/index.txt; mkdir -p c; printf 'Published: 2023-09-13\nOn September 12, Zhao Lan, Mayor of Hefei, attended a forum.\n' > c/index.txt
c "index.txt of another folder" java -jar $JAR build c --db db -q --no-progress
c "folder with no report files" java -jar $JAR build empty --db db2 --no-progress
c "missing input folder" java -jar $JAR build nosuch --db db3 --no-progress; echo "store created: $(ls -d db3 2>/dev/null || echo no)"
mkdir -p mixed; cp a/report_1.txt mixed/; echo x > mixed/a.pdf; echo x > mixed/b.docx; mkfifo mixed/x.txt
N=6 c "pdf/docx skipped, FIFO named x.txt" java -jar $JAR build mixed --db db4 --no-progress
ln -s /dev/zero big/z.txt 2>/dev/null || (mkdir big; ln -s /dev/zero big/z.txt); cp a/report_1.txt big/
N=4 c "a file linked to /dev/zero" java -jar $JAR build big --db db5 --no-progress
c "export -o x.jsonld" java -jar $JAR export --db db -o x.jsonld; head -c 80 x.jsonld; echo
c "--format nquads -o x.ttl (mismatch)" java -jar $JAR export --db db --format nquads -o x.ttl
c "export --format nt" java -jar $JAR export --db db --format nt -o x.nt; java -cp $JAR riotcmd.riot --validate x.nt 2>&1 | head -2; echo "riot validate rc=$?"
c "export --format rdfxml" java -jar $JAR export --db db --format rdfxml -o x.rdf
c "extract -o - (stdout)" java -jar $JAR extract a -o - --no-progress; 
echo 'SELECT ?s { ?s a <https://w3id.org/cadregraph/ontology#Official> } LIMIT 1' > o.rq; N=4 c "query --format xml" java -jar $JAR query o.rq --db db --format xml
c "validate command" java -jar $JAR validate --db db
python3 -c "import socket,time;s=socket.socket();s.bind(('127.0.0.1',3411));s.listen();time.sleep(60)" & P=$!; sleep 1
c "serve on a port in use" java -jar $JAR serve --db db --port 3411
kill $P
c "link --online without network (time)" bash -c "time java -jar $JAR link --db db --online"
rm -rf $W
