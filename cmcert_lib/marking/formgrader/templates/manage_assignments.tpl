{%- extends 'base.tpl' -%}

{%- block head -%}
<script>
var url_prefix = "{{ url_prefix }}";
var default_timezone = "{{ default_timezone }}";
</script>

<script src="{{ base_url }}/cmcert-formgrader/static/js/manage_assignments.js"></script>
{%- endblock -%}

{%- block title -%}
Devoirs
{%- endblock -%}

{%- block sidebar -%}
<li role="presentation" class="active"><a href="{{ base_url }}/formgrader/manage_assignments">Devoirs</a></li>
<li role="presentation"><a href="{{ base_url }}/formgrader/gradebook">Correction manuelle</a></li>
<li role="presentation"><a href="{{ base_url }}/formgrader/manage_students">Candidats</a></li>
{%- endblock -%}

{%- block breadcrumbs -%}
<ol class="breadcrumb">
  <li class="active">Devoirs</li>
</ol>
{%- endblock -%}

{%- block messages -%}
<div class="panel-group" id="accordion" role="tablist" aria-multiselectable="true">
  <div class="panel panel-default">
    <div class="panel-heading" role="tab" id="headingOne">
      <h4 class="panel-title">
        <a class="collapsed" role="button" data-toggle="collapse" data-parent="#accordion" href="#collapseOne" aria-expanded="false" aria-controls="collapseOne">
          Mode d'emploi (cliquer pour déplier)
        </a>
      </h4>
    </div>
    <div id="collapseOne" class="panel-collapse collapse" role="tabpanel" aria-labelledby="headingOne">
      <div class="panel-body">
        <ol>
          <li>Pour <b>créer</b> un devoir, cliquer sur « Ajouter un devoir… » sous le tableau.</li>
          <li>Pour <b>modifier les fichiers</b> d'un devoir, cliquer sur son nom.</li>
          <li>Pour <b>modifier sa date limite</b>, cliquer sur le bouton de la colonne « Modifier ».</li>
          <li>Pour <b>générer</b> la version des candidats, cliquer sur le bouton « Générer ». Dans ce cours,
          <code>cmcert build</code> le fait depuis les sources texte : préférez-le.</li>
          <li>Pour <b>voir</b> la version des candidats, cliquer sur le bouton « Aperçu ».</li>
          <li><i>(JupyterHub)</i> Pour <b>publier</b> le devoir aux candidats, cliquer sur le bouton « Publier ».
          Un second clic retire la publication, mais des candidats ont pu déjà récupérer le devoir.</li>
          <li><i>(JupyterHub)</i> Pour <b>ramasser</b> les copies rendues, cliquer sur le bouton « Ramasser ».</li>
          <li>Pour <b>corriger</b> les copies, cliquer sur leur nombre. Dans ce cours, la correction automatique se
          fait avec <code>cmcert grade</code> (exécution isolée) : lancez-la avant la correction manuelle.</li>
        </ol>
      </div>
    </div>
  </div>
</div>
{% if current_config %}
<div class="panel-group" id="config" role="tablist" aria-multiselectable="true">
  <div class="panel panel-default">
    <div class="panel-heading" role="tab" id="headingConfig">
      <h4 class="panel-title">
        <a class="collapsed" role="button" data-toggle="collapse" data-parent="#accordion" href="#collapseConfig" aria-expanded="false" aria-controls="collapseConfig">
          Configuration en vigueur (cliquer pour déplier)
        </a>
      </h4>
    </div>
    <div id="collapseConfig" class="panel-collapse collapse" role="tabpanel" aria-labelledby="headingConfig">
      <pre class="panel-body">{{ current_config }}</pre>
    </div>
  </div>
</div>
{% endif %}
{% if windows %}
<div class="alert alert-warning" id="warning-windows">
Système Windows détecté : la publication et le ramassage des devoirs ne sont pas disponibles.
</div>
{% elif exchange_missing %}
<div class="alert alert-warning" id="warning-exchange">
Le dossier d'échange <code>{{ exchange }}</code> n'existe pas et n'a pas pu être créé : la publication et le
ramassage des devoirs ne sont pas disponibles. Lancez <code>cmcert build</code>, qui le crée.
</div>
{% elif not course_id %}
<div class="alert alert-warning" id="warning-course-id">
L'identifiant du cours n'est pas défini dans <code>nbgrader_config.py</code> : la publication et le ramassage
des devoirs ne sont pas disponibles.
</div>
{% endif %}
{%- endblock -%}

{%- block table_header -%}
<tr>
  <th>Nom</th>
  <th class="text-center">Date limite</th>
  <th class="text-center">État</th>
  <th class="text-center no-sort">Modifier</th>
  <th class="text-center no-sort">Générer</th>
  <th class="text-center no-sort">Aperçu</th>
  <th class="text-center no-sort">Publier</th>
  <th class="text-center no-sort">Ramasser</th>
  <th class="text-center">Copies</th>
  <th class="text-center no-sort">Générer les retours</th>
  <th class="text-center no-sort">Publier les retours</th>
</tr>
{%- endblock -%}

{%- block table_body -%}
<tr><td colspan="11">Chargement, veuillez patienter…</td></tr>
{%- endblock -%}

{%- block table_footer -%}
<tr>
  <td colspan="11">
    <span class="glyphicon glyphicon-plus" aria-hidden="true"></span>
    <a href="#" onClick="createAssignmentModal();">Ajouter un devoir…</a>
  </td>
</tr>
{%- endblock -%}
