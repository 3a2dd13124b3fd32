{% from 'formgrade/formgrade_macros.html.j2' import nav, header %}

<!DOCTYPE html>
<html lang="fr">
<head>
{{ header(resources) }}
<link rel="stylesheet" href="{{ resources.base_url }}/formgrader/static/css/formgrade.css" />
</head>

<body>
  {{ nav(resources) }}
  <div class="container">
    <div class="panel panel-default">
      <div class="panel-heading">
        <h4 class="panel-title">
          <span>{{ resources.notebook_id }}</span>
          <span class="pull-right">Copie {{ resources.index + 1 }} / {{ resources.total }}</span>
        </h4>
      </div>
      <div class="panel-body">
        <div id="notebook" class="border-box-sizing">
          <div class="container" id="notebook-container">
            Le notebook de cette copie est introuvable : {{ resources.filename }}
          </div>
        </div>
      </div>
    </div>
  </div>
</body>

</html>
