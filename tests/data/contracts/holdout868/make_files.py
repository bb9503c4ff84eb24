"""holdout868: builds the ten draft contracts (.txt/.md written as is, .docx/.pdf via ../word_pdf.py), writes the
.json labels and asserts the checks of the brief (sums, lengths, thresholds, rules, coverage).
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parent))

Z01 = """T:地理标志产品保护平台建设项目采购合同
P:合同编号：SJG-ZFCG-2026-0417
P:采购人（甲方）：某市市场监督管理局
P:供应商（乙方）：某数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件及澄清文件均为本合同组成部分，与本合同正文不一致的，以本合同正文为准。
H:第一条 项目内容
P:1.1 乙方向甲方提供地理标志产品保护平台软件许可（永久使用许可，不限用户数），并完成定制开发、部署实施、历史数据迁移和培训，建成覆盖地理标志产品登记、专用标志使用核准、产地溯源赋码、市场抽检和侵权线索处置的监管平台。
P:1.2 定制开发内容包括：专用标志使用人档案与年度报告模块、一物一码溯源与防伪查询接口、与省级市场监管一体化平台及12315投诉系统的数据交换接口、监管驾驶舱及统计报表。具体需求以双方确认的《需求规格说明书》为准。
P:1.3 平台部署于甲方政务云，乙方不得将平台或任何数据部署于甲方指定环境以外的服务器。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰壹拾万陆仟元整（¥2,106,000），为固定总价，包含税费及完成本项目所需的全部费用。
P:2.2 分项价格：平台软件许可费 ¥1,160,000；定制开发费 ¥742,000；部署实施及数据迁移费 ¥168,000；培训费 ¥36,000。
H:第三条 付款方式
P:3.1 合同签订并收到乙方等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥421,200。
P:3.2 平台通过初步验收后，甲方支付合同总价的45%，即¥947,700。
P:3.3 平台通过最终验收并经甲方出具验收报告后，甲方支付合同总价的35%，即¥737,100。
P:3.4 甲方通过国库集中支付方式付款，付款前乙方应提供合法有效的发票。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后九十日内完成平台部署、定制开发和数据迁移并提交初步验收申请。
P:4.2 平台初步验收后进入六十日试运行期，试运行期满且问题清单全部关闭后，乙方方可申请最终验收。
P:4.3 乙方应指派具有同类项目经验的项目经理和不少于六名实施人员驻场，项目经理未经甲方同意不得更换。乙方应每周提交项目进度报告，发生可能影响工期的事项应及时书面告知甲方。
P:4.4 乙方应为甲方系统管理员、业务科室人员和区县监管人员分别提供培训，培训合计不少于八场，并提交操作手册、运维手册和培训课件。
H:第五条 验收
P:5.1 验收标准：（一）《需求规格说明书》所列功能全部实现并逐项测试通过；（二）迁移的历史登记数据经甲方全量比对，数量和关键字段一致；（三）在三百个并发用户下，常用查询响应时间不超过2秒；（四）溯源查询接口连续七日调用成功率不低于99.95%；（五）通过甲方委托的第三方安全测评，无中高危漏洞。
P:5.2 甲方在收到验收申请后十个工作日内组织验收，验收合格的出具书面验收报告；不合格的，乙方应在十五日内整改并重新申请验收。
P:5.3 平台上线运行、甲方使用或者甲方支付任何款项，均不视为验收合格。
H:第六条 服务水平
P:6.1 质保期内平台月度可用率不低于99.95%，计划内维护须提前三个工作日经甲方同意，不计入不可用时间。
P:6.2 一级故障（平台整体不可用或数据错误）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障于下一工作日处理。
P:6.3 一级故障每迟延响应或恢复一小时，乙方支付违约金¥1,000；月度可用率每低于约定值0.01个百分点，乙方支付¥2,000，可从应付款中直接扣除。
H:第七条 质保与维护
P:7.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程和现场技术支持。
P:7.2 质保期满后，甲方如需续订维护服务，年度维护费不超过平台软件许可费的8%，即每年不超过¥92,800，该价格在质保期满后三年内不得上调。续订须另行签订维护合同，不自动续期。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 乙方为本项目定制开发的模块、接口程序、报表及其源代码和技术文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。乙方应在最终验收时移交全部源代码。
P:8.3 乙方保证其交付物不侵犯第三方权利，因侵权引起的索赔由乙方负责并赔偿甲方损失。乙方在交付物中使用开源组件的，应提交开源组件清单及其许可协议，并保证其使用方式符合相应许可条件。
H:第九条 数据安全
P:9.1 平台中的登记数据、企业信息、溯源数据及日志均属于甲方所有，乙方仅可为履行本合同使用，不得用于任何其他目的，不得留存或向第三方提供。
P:9.2 乙方应落实网络安全等级保护要求，运维操作通过甲方堡垒机进行并留存审计日志，不得将数据复制到甲方环境之外；合同终止时应删除其接触的全部数据并出具书面确认。
P:9.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第十条 保密
P:10.1 乙方对履行本合同知悉的甲方工作秘密、执法办案信息、企业商业信息和其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露，保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 乙方交付的平台不符合约定的，应负责整改并承担由此增加的费用；给甲方造成损失的，应予赔偿。
P:11.3 甲方无正当理由逾期付款的，每逾期一日，按逾期金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权书面通知解除合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方可以解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:14.2 合同履行期间，双方应按照政府采购有关规定做好履约验收和合同公告工作。
P:15.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份，具有同等法律效力。
P:15.2 乙方应在合同签订后七日内向甲方提交履约保证函，金额为合同总价的5%，于最终验收合格后无息退还。
P:15.3 乙方在本项目中提交的需求规格说明书、设计文档、测试报告和操作手册应同时提供纸质版和电子版，作为甲方项目档案保存。
P:15.4 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：__________    乙方（盖章）：__________
P:签订日期：2026年____月____日
"""

Z02 = """T:生产线控制系统改造项目合同
P:合同编号：BZC-GZ-2026-031
P:甲方：某壁纸有限公司
P:乙方：某自动化工程有限公司
P:甲方拟对其印花、压纹、涂布和分切四条壁纸生产线的控制系统进行改造，乙方具备相应的设计、供货、集成和调试能力。双方经平等协商，就改造项目的设备供货、软件许可、安装调试及后续维保事宜订立本合同。
H:第一条 项目范围
P:1.1 乙方负责四条生产线控制系统的整体改造，包括原有继电器控制柜拆除、PLC控制系统及伺服驱动更换、在线色差检测仪安装、HMI人机界面及工控机配置、过程控制软件部署，以及与甲方现有MES系统的数据接口开发。
P:1.2 乙方应在改造期间采取分线停机方式施工，每条生产线停机时间不超过十日，不得影响其他生产线正常生产。
P:1.3 乙方为本项目编写的PLC程序、HMI画面、配方管理程序和MES接口程序均属于定制开发内容，应随设备一并交付。
H:第二条 合同价格
P:2.1 合同总价为人民币贰佰肆拾捌万捌仟元整（¥2,488,000），含设备、软件、运输、保险、安装调试、培训及税费。分项价格如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制系统（含控制柜）|4套|1,048,000
TB:2|伺服驱动器及变频器|1批|532,000
TB:3|在线色差检测仪|4台|286,000
TB:4|HMI人机界面及工控机|8套|164,000
TB:5|过程控制软件许可（含MES接口模块）|1套|286,000
TB:|设备及软件小计||2,316,000
TB:6|安装调试及系统集成|1项|136,000
TB:7|操作及维护培训|1项|36,000
TB:|合计||2,488,000
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的25%，即¥622,000。
P:3.2 全部设备到货并完成四条生产线的安装调试后，甲方支付合同总价的50%，即¥1,244,000。安装调试完成不代表验收合格。
P:3.3 项目最终验收合格后，甲方支付合同总价的25%，即¥622,000。
P:3.4 乙方应在每期付款前开具等额增值税专用发票。
H:第四条 交货与工期
P:4.1 乙方应于合同生效后七十五日内完成全部设备供货及四条生产线的改造调试。
P:4.2 设备到货时双方共同开箱清点，核对型号、数量和出厂合格证明，开箱清点仅为数量确认。
P:4.3 乙方应在进场前提交施工组织方案、停机计划和安全技术措施，经甲方生产部和安全环保部审核同意后方可施工。施工期间乙方应遵守甲方厂区安全管理制度，动火、登高和带电作业须办理作业许可。
P:4.4 乙方应指派一名项目负责人常驻现场，负责协调施工进度、人员安全和质量控制，并每日向甲方报送施工日报。
P:4.5 乙方应为甲方操作人员和设备维护人员分别提供培训，培训结束后组织考核，确保每个班组至少有两名人员能够独立完成配方切换、参数调整和常见故障处理。
H:第五条 验收
P:5.1 最终验收标准：（一）四条生产线连续满负荷运行十五日，控制系统无停机故障；（二）印花套色偏差不超过0.1毫米，色差检测仪报警准确；（三）配方切换时间由原来的四十分钟缩短至十五分钟以内；（四）MES接口数据与现场数据逐条一致；（五）乙方交付全部程序源文件、电气图纸和操作手册。
P:5.2 甲方应在乙方提交验收申请后七个工作日内组织验收并出具书面意见。验收不合格的，乙方应在十日内整改并重新申请验收，由此产生的费用由乙方承担。
P:5.3 甲方使用改造后的生产线进行生产，不视为验收合格。
P:5.4 验收测试方案由乙方在安装调试完成前提交，经甲方生产部、设备部和质量部共同确认后执行，测试记录由双方代表签字，作为验收报告的附件。
H:第六条 质保期及维保服务
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内，乙方免费更换损坏的设备及部件，并免费提供软件缺陷修复。
P:6.2 故障响应：一级故障（整条生产线停机）乙方应在1小时内响应，6小时内到场；二级故障（单台设备或单个功能异常）应在8小时内响应，48小时内解决。
P:6.3 乙方未按时响应或到场的，每迟延一小时，应向甲方支付¥800，可在应付款项中扣除。
P:6.4 质保期满后，乙方继续提供维保服务，年度维保费为设备及软件小计的25%，即每年¥579,000，包括定期巡检、备件更换、软件升级和7×24小时电话支持。上述维保费在质保期满后三年内按此价格执行，不得上调。
P:6.5 乙方应在质保期内每季度对四条生产线的控制系统进行一次预防性巡检，检查控制柜温度、接线端子、通讯状态和备份程序，巡检后提交书面报告。
P:6.6 乙方应在甲方厂区存放常用备件，包括PLC模块、伺服驱动器和通讯模块，备件清单经甲方确认。
H:第七条 知识产权
P:7.1 设备内嵌软件及过程控制软件的知识产权归原权利人所有，甲方享有永久使用权。
P:7.2 乙方为本项目定制开发的PLC程序、HMI画面、配方管理程序和MES接口程序的知识产权归甲方所有，甲方有权自行修改或委托第三方修改。
H:第八条 数据安全
P:8.1 生产线运行中产生的工艺参数、配方、产量及质量数据均属于甲方所有，乙方不得将其用于本合同以外的目的。
P:8.2 乙方应在控制网络与办公网络之间部署工业防火墙，关闭控制系统不必要的端口和服务。乙方远程维护须经甲方书面批准，通过甲方指定的VPN通道进行并保留操作记录，不得擅自拷贝甲方数据。乙方人员离场时应删除其携带设备中的甲方数据。
P:8.3 因乙方原因造成甲方数据泄露、丢失或控制系统遭受网络攻击的，乙方应立即报告甲方并采取补救措施，并承担由此造成的全部损失。
H:第九条 保密
P:9.1 乙方对甲方的配方、工艺参数、生产计划及其他商业秘密负有保密义务，未经甲方书面同意不得向第三方披露，本条在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期完成改造调试或逾期通过最终验收的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:10.2 因乙方施工原因造成甲方生产线停机超过约定时间的，乙方应赔偿甲方因此遭受的直接损失。
P:10.3 乙方提供的设备不符合合同约定的型号、规格或质量标准的，乙方应在七日内免费更换，并承担由此产生的费用。
P:10.4 甲方逾期付款的，按中国人民银行同期贷款利率支付逾期利息。
H:第十一条 分包
P:11.1 电缆敷设及桥架安装等辅助工程，乙方经甲方书面同意后方可分包，并对分包方的工作承担全部责任。其他工作不得分包。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除合同并要求乙方赔偿损失。
P:12.2 因不可抗力导致合同无法履行的，受影响一方应及时通知对方并提供证明，双方协商变更或解除合同。
P:12.3 合同解除后，乙方应在十五日内移交已完成部分的程序、图纸和技术资料，双方按已完成并经甲方确认的工作量结算。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交某市仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同附件包括设备技术规格表、施工组织方案和验收测试方案，附件与本合同具有同等效力。
P:14.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：__________    乙方（盖章）：__________
"""

Z03 = """门店预约及会员管理系统服务合同

合同编号：FZCL-IT-2026-08
甲方：某风筝冲浪运动培训连锁有限公司
乙方：某云软件服务有限公司

甲方在全国经营三十家风筝冲浪培训门店，拟统一使用乙方的预约及会员管理SaaS服务。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方三十家门店及总部提供预约排课、教练排班、会员卡及课时包管理、装备租赁登记、线上支付对账和营销工具等SaaS服务，甲方门店数量以附件一《门店清单》为准。
2. 乙方应为甲方开通总部管理后台，支持跨门店会员通用、课时统一结算和经营数据看板。
3. 服务期为两个服务年度。第一个服务年度自上线验收合格之日起算，第二个服务年度自第一个服务年度届满次日起算。
（二）实施服务
1. 乙方负责系统配置、三十家门店的账号开通、历史会员及剩余课时数据迁移、甲方微信小程序预约页面对接及门店人员培训。
2. 乙方应在合同签订后四十五日内完成全部实施工作并提交上线验收申请。
3. 乙方应根据甲方的教学安排配置潮汐和风况提示、课程容量和教练资质规则，确保不具备相应资质的教练不能被排入高级课程。

（三）培训服务
1. 乙方应在上线前为每家门店的店长、前台和教练提供线上培训，为总部运营和财务人员提供两次现场培训。
2. 新开门店或门店人员更换较多时，乙方应根据甲方要求安排补充培训，每个服务年度不少于四次，不另收费。
3. 乙方应提供门店操作手册、常见问题解答和培训视频，版本更新时同步更新上述资料。

二、服务费用
（一）本合同总价为人民币柒拾捌万元整（¥780,000），由以下部分组成：
1. 门店订阅费：每家门店每个服务年度¥9,600，三十家门店合计每个服务年度¥288,000；
2. 总部管理模块订阅费：每个服务年度¥48,000；
3. 实施服务费：¥108,000，为一次性费用，含数据迁移和培训。
（二）两个服务年度的订阅费合计¥672,000。上述费用已包含服务器资源、短信通知（每个服务年度不超过二十万条）、版本升级和客服支持费用，乙方不得另行收取。服务期内甲方新增门店的，按每家门店每个服务年度¥9,600按月折算，另行签订补充协议。

三、付款方式
（一）本合同约定的各项费用均为含税价格，服务期内不因原材料、人工或汇率变化调整。
（二）实施服务费在上线验收合格后十五个工作日内一次性支付。
（三）每个服务年度的订阅费，在该服务年度开始后十五个工作日内支付。
（四）乙方应在每次付款前开具合法有效的增值税发票。

四、上线验收
（一）验收标准：1. 三十家门店账号全部开通，预约、签到、消课和退款流程逐项测试通过；2. 迁移的会员、课时余额和储值余额与甲方原系统导出数据逐条核对一致；3. 小程序预约在五百人同时在线时页面响应不超过3秒；4. 甲方抽查的十家门店试运行七日无一级故障。
（二）甲方应在收到验收申请后七个工作日内完成验收并出具书面意见。验收不合格的，乙方应在十日内整改后重新提交。

五、服务水平
（一）系统月度可用率不低于99.5%，不含提前三日通知的计划维护时间。
（二）一级故障（全部门店无法预约或支付）乙方应在30分钟内响应，3小时内恢复；二级故障应在2小时内响应，当日解决。
（三）月度可用率未达到约定的，每低0.1个百分点，乙方减免甲方当月订阅费的5%，在下一期订阅费中抵扣。

（四）乙方应提供工作日9:00至21:00的在线客服和电话支持，旺季（每年五月至十月）延长至每日7:00至22:00，并为甲方指定一名客户成功经理，每季度提交一次服务报告，内容包括可用率、故障处理情况和功能使用分析。
（五）乙方进行版本升级的，应提前七日通知甲方，升级不得导致已有功能缺失或数据丢失；涉及门店操作流程变化的，乙方应提供操作说明和线上培训。

六、自动续期
服务期届满前三十日，任何一方未以书面形式提出不续约的，本合同自动续期一个服务年度，可多次续期。续期服务费由乙方按其届时有效的价目表确定，乙方有权调整续期价格。

七、数据与安全
（一）甲方会员信息、预约记录、消费记录及其他业务数据归甲方所有。乙方可以对去标识化后的预约和消费数据进行汇总分析，用于行业研究报告和乙方产品优化，但不得对外披露可识别到甲方或具体会员的信息。
（二）乙方应按照《个人信息保护法》和网络安全等级保护二级要求保护甲方数据，数据存储在中国境内，传输及存储加密，后台操作留存日志不少于六个月。
（三）发生数据泄露等安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
（四）合同终止后三十日内，乙方应按甲方要求导出并移交全部数据，随后删除其系统中的甲方数据。

（五）甲方会员的支付信息通过持牌支付机构处理，乙方不得存储会员的完整银行卡号和支付密码。

八、保密
双方对在合作中获知的对方商业秘密、经营数据和技术资料负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后继续有效。

九、知识产权
（一）SaaS平台的知识产权归乙方所有。乙方保证平台不侵犯第三方的知识产权，因此引起的纠纷由乙方负责处理并承担责任。
（二）乙方为甲方定制的小程序预约页面、报表模板和接口程序，知识产权归甲方所有，甲方可自由使用和修改。

十、甲方义务
（一）甲方应指定项目联系人，及时提供门店信息、课程体系、会员数据导出文件和小程序接口权限，并在乙方提交验收申请后按约定组织验收。
（二）甲方应妥善保管管理员账号和密码，因甲方原因导致账号泄露造成的损失由甲方自行承担。
（三）甲方应按约定支付服务费用。甲方逾期付款超过三十日的，乙方可书面催告，但在服务期内不得以此为由删除甲方数据。

十一、违约责任
（一）乙方未按期完成实施并通过上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方提供的服务不符合本合同约定的，应在甲方通知后及时整改；给甲方造成损失的，应予赔偿。

（三）乙方因系统故障导致会员储值、课时余额或支付对账数据错误的，应在二十四小时内更正，并赔偿甲方及会员因此遭受的损失。

十二、分包
乙方不得将本合同项下服务转包；如需将部分实施工作分包，应事先取得甲方书面同意。

十三、合同解除
（一）乙方严重违约且在甲方书面通知后十五日内未改正的，甲方有权解除合同，乙方应退还未履行期间的订阅费。
（二）因不可抗力导致合同无法继续履行超过三十日的，任何一方可书面通知解除合同，双方按实际服务期间结算费用。

（三）合同解除或终止的，乙方应在三十日内配合甲方完成数据导出和迁移，导出格式应为通用格式，并协助甲方将会员剩余课时和储值余额迁移至甲方指定的系统，不得以任何理由扣留甲方数据。

十四、法律适用及争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，任何一方可向甲方所在地人民法院起诉。

十五、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件一《门店清单》为本合同组成部分。

甲方（盖章）：                乙方（盖章）：
"""

Z04 = """居家助浴服务监管系统年度运维服务合同

项目名称：居家助浴服务监管系统运维服务项目
采购方式：竞争性磋商
合同编号：MZJ-CS-2026-112
采购人（甲方）：某市民政局
供应商（乙方）：某信息技术服务有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件和成交通知书，双方就居家助浴服务监管系统年度运维服务事宜订立本合同。

第一条 服务对象与服务期
（一）服务对象为甲方居家助浴服务监管系统，包括服务机构管理、助浴订单派单、服务过程定位与打卡、服务影像留存、老年人满意度回访、补贴结算和监管统计等模块，以及配套的移动端应用和政务云上的运行环境。
（二）服务期自2027年1月1日起至2027年12月31日止。服务期届满合同终止，甲方如需继续采购，应依法重新组织采购。

第二条 服务内容
（一）日常运维：系统运行监控、日志检查、数据库维护、备份与恢复演练，每日形成运行日志，每月提交运维月报。
（二）故障处理：对系统故障进行受理、诊断、修复和回访，形成故障处理记录。
（三）安全运维：配合甲方完成等级保护测评和安全检查，及时修补漏洞，每季度开展一次安全巡检并提交报告。
（四）小需求优化：服务期内完成甲方提出的报表调整、字段增加、流程优化等小型需求，合计不超过六十人日。
（五）用户支持：为区县民政部门、助浴服务机构和助浴员提供操作咨询和培训，每半年组织一次集中培训。
（六）驻场服务：乙方安排一名运维工程师工作日驻场，另安排一名开发工程师提供远程支持。

（七）应急保障：在春节、国庆等重要节假日和甲方组织的重大活动期间，乙方应安排专人值守，确保助浴订单派单和补贴结算正常运行，并提前制定应急预案报甲方备案。
（八）运行分析：每月对助浴订单量、服务时长、回访满意度和异常工单进行统计分析，发现服务机构打卡异常、影像缺失等情况及时提示甲方。

第三条 服务费用及支付
（一）本合同总价为人民币肆拾陆万捌仟元整（¥468,000），包含人工、差旅、工具、税费等全部费用。
（二）服务费按季度支付，每季度¥117,000。每季度结束后，乙方提交季度运维报告和发票，经甲方考核确认后十五个工作日内支付该季度服务费。
（三）本合同不设预付款。
（四）服务期内甲方增加系统模块或接入新的区县的，新增运维工作量由双方另行协商，并按政府采购有关规定办理合同变更手续。
（五）乙方应按甲方财务要求开具增值税普通发票，发票内容与合同约定的服务名称一致。

第四条 服务水平
（一）系统月度可用率不低于99.95%，计划维护应在夜间进行并提前两个工作日报甲方同意。
（二）故障分级及时限：一级故障（系统整体不可用、补贴结算错误或服务影像丢失）乙方应在30分钟内响应，2小时内到场，6小时内恢复；二级故障（单个模块不可用或部分区县无法使用）应在1小时内响应，12小时内解决；三级故障（一般操作问题）应在当日响应，三个工作日内解决。
（三）每次一级故障处理完毕后，乙方应在两个工作日内提交故障分析报告，说明原因、处理过程和防范措施。
（四）乙方未达到上述服务水平的，应向甲方作出书面说明并提交整改计划，按甲方要求限期整改。

第五条 服务考核与交付
（一）甲方按季度对乙方的服务情况进行考核，考核内容包括运维月报、故障处理记录、安全巡检报告和用户满意度调查结果。
（二）服务期满时，乙方应提交年度运维总结、系统配置清单、账号权限清单、源代码变更记录和全部运维文档，经甲方验收确认后办理服务终验。
（三）终验标准：运维文档齐全，年度内完成的优化需求全部上线并测试通过，系统账号与权限清单与实际一致，服务期内未发生因乙方原因导致的数据丢失。

（四）季度考核结果作为甲方评价乙方履约情况的依据，并在政府采购履约验收报告中予以记录。

第六条 数据安全
（一）系统中老年人个人信息、健康状况、服务影像、补贴发放等数据属于甲方所有，乙方仅可为履行运维服务而接触，不得用于其他任何目的。
（二）乙方运维操作须通过甲方堡垒机进行，不得将数据导出或复制到政务云以外的介质；确需导出用于故障分析的，应经甲方书面批准并脱敏处理，用后立即删除。
（三）乙方应严格执行《个人信息保护法》《数据安全法》，对运维人员进行安全培训并签署保密承诺书。
（四）发生数据泄露、篡改、丢失等安全事件时，乙方应立即启动应急预案，1小时内报告甲方；因乙方原因造成的，由乙方承担全部赔偿责任和相应法律责任。

第七条 保密
乙方对在服务过程中知悉的甲方工作秘密、老年人个人信息及系统账号密码负有保密义务，不得向任何第三方披露，保密义务在合同终止后继续有效。

第八条 知识产权
（一）服务期内乙方为甲方开发的功能、报表、脚本及相关文档，知识产权归甲方所有，乙方应随同终验资料移交源代码。
（二）乙方在运维过程中使用的自有工具软件，知识产权归乙方所有，但乙方应保证其合法来源，不得在甲方系统中安装未经甲方审核的软件。
（三）乙方对系统进行的任何配置变更和程序修改，均应事先提交变更方案并经甲方同意，变更后及时更新运维文档。

第九条 人员要求
（一）乙方驻场运维工程师应具有三年以上同类系统运维经验，乙方应在合同签订后五日内报送人员名单及资质证明。
（二）乙方更换驻场人员的，应提前十日书面告知甲方，并做好工作交接。

（三）乙方应建立运维服务台账，如实记录每日巡检、故障受理、变更操作和数据备份情况，甲方可随时查阅。
（四）乙方人员进入甲方办公场所和机房的，应遵守甲方的管理制度，佩戴工作证件，服从甲方工作安排。
（五）乙方应为其人员缴纳社会保险，乙方人员在服务期间发生的人身伤害由乙方负责处理。

第十条 服务分包
乙方可以将移动端应用维护和安全巡检工作分包给具备相应能力的第三方，但应提前五个工作日书面告知甲方，乙方对分包方的工作承担连带责任。

第十一条 违约责任
（一）乙方迟延开始服务，或迟延提交年度运维总结及终验资料的，每迟延一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方违反数据安全或保密义务的，除承担赔偿责任外，甲方有权解除合同。
（三）甲方逾期支付服务费的，应按同期贷款市场报价利率支付逾期利息。

第十二条 合同解除
（一）乙方严重违反本合同约定，经甲方书面通知后十日内未改正的，甲方有权解除合同，并按已提供服务的期间结算费用。
（二）因不可抗力致使合同目的无法实现的，双方均可解除合同，互不承担违约责任。

第十三条 服务交接
服务期满或合同解除时，乙方应配合甲方或甲方新选定的服务商完成交接，交接期不少于十五日。交接内容包括系统账号与权限、运维文档、未关闭的故障和需求清单、备份介质及数据，乙方不得以任何理由拖延或拒绝交接。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
本合同一式五份，甲方三份，乙方两份。磋商文件、响应文件和成交通知书为本合同组成部分。

甲方（盖章）：                乙方（盖章）：
签订日期：2026年12月____日
"""

Z05 = """# 软件许可及定制开发合同

（乙方标准合同文本 · 灯序云 V1.3）

合同编号：DXY-2026-0935

甲方（用户）：某鱼灯文化工作室

乙方（服务商）：某灯序云软件有限公司

甲方因鱼灯制作工序管理需要，向乙方购买"灯序云"生产工序追踪软件的使用许可并委托乙方进行定制开发。双方本着平等自愿原则，签订本合同，共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供"灯序云"生产工序追踪软件V3版永久使用许可（二十个用户），功能包括订单登记、扎骨架、糊纸、彩绘、装灯、质检等工序的扫码报工、工时统计、物料领用和进度看板。

1.2 乙方根据甲方需求进行定制开发，内容包括：鱼灯款式图库与工序模板、非遗传承人工艺记录模块、巡游订单排产看板、微信小程序订单进度查询。

1.3 乙方负责软件在甲方电脑及平板设备上的安装部署、基础数据导入和操作培训。

1.4 软件运行所需的电脑、平板、扫码枪、标签打印机及网络环境由甲方自行准备，应符合乙方提供的配置要求。甲方设备不符合要求导致软件无法正常运行的，乙方不承担责任。

1.5 本合同约定以外的功能开发、数据对接和现场服务，不属于本合同范围，双方可另行签订合同。

## 第二条 合同金额

| 序号 | 项目 | 金额（元） |
| --- | --- | --- |
| 1 | 灯序云软件永久使用许可（二十用户） | 168,000 |
| 2 | 定制开发（图库、工艺记录、排产看板、小程序） | 126,000 |
| 3 | 安装部署及培训 | 26,000 |
| | 合计 | 320,000 |

合同总价为人民币叁拾贰万元整（¥320,000），含税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥208,000，乙方收到款项后启动开发工作。

3.2 软件安装部署完成并上线运行后五个工作日内，甲方支付合同余款¥112,000。

3.3 乙方收到款项后开具增值税普通发票。甲方需要增值税专用发票的，应提前书面告知乙方并提供开票资料。

3.4 甲方未按期付款的，乙方有权暂停开发、部署和技术支持工作，工期相应顺延。

## 第四条 开发周期

4.1 乙方预计在收到首期款后六十个工作日内完成定制开发和安装部署。因甲方需求变更、资料提供不及时或其他非乙方原因造成延误的，工期相应顺延。

4.2 开发过程中甲方提出需求变更的，双方另行协商变更内容、费用和工期。

4.3 甲方应在合同签订后五个工作日内指定项目联系人，并按乙方要求提供鱼灯款式资料、工序说明、历史订单、物料清单和人员名单。甲方提供资料不完整或不及时的，乙方不承担由此造成的延误责任。

4.4 乙方根据甲方提供的资料编写需求确认书，甲方应在收到后三个工作日内签字确认；逾期未提出书面意见的，视为甲方确认。需求确认书确认后，甲方提出的新增功能均按需求变更处理。

## 第五条 上线与验收

5.1 乙方完成安装部署后通知甲方上线。软件上线运行即视为甲方验收合格。

5.2 上线前，乙方将在甲方电脑上演示主要功能，甲方可提出界面和字段方面的调整意见，乙方在合理范围内予以调整。

5.3 甲方在上线后发现问题的，可以向乙方反馈，乙方将在后续版本中视情况予以修正。

## 第六条 售后服务

6.1 乙方提供自上线之日起六个月的免费维护期，免费维护期内提供远程技术支持和软件缺陷修复。

6.2 乙方将尽合理努力及时处理甲方提出的问题，具体处理时间视问题复杂程度而定。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订维护服务协议，维护费用按乙方届时公布的服务价格标准执行。

6.4 因甲方自行修改软件、操作不当或使用非乙方认可的设备造成的问题，不属于免费维护范围。

6.5 乙方为甲方提供一次集中操作培训，培训时长不超过两天，地点在甲方工作室。甲方需要增加培训或现场支持的，按乙方人天单价另行收费。

6.6 乙方提供的技术支持以远程方式为主，需要乙方派员到甲方现场的，差旅费用由甲方承担。

6.7 甲方应自行做好数据备份。因甲方设备故障、断电或网络原因造成的数据丢失，乙方可协助恢复，但不承担责任。

## 第七条 知识产权

7.1 "灯序云"软件及其所有版本的知识产权归乙方所有。

7.2 乙方为甲方定制开发的图库、工序模板、工艺记录模块、排产看板、小程序及其源代码，知识产权均归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得修改、反编译或提供给第三方使用。

7.3 乙方有权将定制开发成果整合进其标准产品，向其他客户提供。

7.4 甲方不得对软件进行复制、出租、转让或将账号提供给本工作室以外的人员使用。甲方超出许可用户数使用的，应按乙方当期报价补缴许可费。

7.5 乙方保证其提供的软件不侵犯第三方合法权利。如第三方就此提出权利主张，乙方负责处理，甲方应及时通知乙方并予以配合。

## 第八条 数据安全

8.1 甲方在软件中录入的订单、客户、工艺和图片资料归甲方所有，乙方不得用于本合同以外的目的。

8.2 乙方应采取访问控制、数据加密和定期备份等措施保障甲方数据安全。发生数据泄露或丢失的，乙方应在二十四小时内通知甲方并协助处理；因乙方原因造成的，乙方依法承担赔偿责任。

## 第九条 保密

双方对在合作中知悉的对方商业秘密和技术信息负有保密义务，未经对方同意不得向第三方披露。本条在合同终止后两年内有效。

## 第十条 责任限制

10.1 乙方在本合同项下承担的全部责任，以合同总价的20%为限。

10.2 乙方对甲方的间接损失、利润损失、商誉损失及数据恢复费用不承担责任。

10.3 甲方应对其录入数据的真实性、合法性负责。因甲方录入错误数据或未按操作手册使用软件造成的损失，由甲方自行承担。

10.4 因不可抗力、网络运营商故障或第三方软件原因造成的损失，乙方不承担责任。

## 第十一条 合同解除

11.1 一方严重违约，经另一方书面通知后三十日内仍未改正的，守约方可以解除合同。

11.2 甲方在开发过程中无正当理由要求终止合同的，已支付的款项不予退还。

11.3 合同解除时，已支付的款项按乙方已完成的工作量结算，甲方已支付的许可费不予退还。

## 第十二条 不可抗力

12.1 因地震、台风、火灾、疫情、政府行为、电力或网络中断等不能预见、不能避免并不能克服的情况，致使一方不能履行合同的，受影响一方不承担违约责任，但应在事件发生后及时通知对方。

12.2 不可抗力影响消除后，双方继续履行合同，工期相应顺延。

## 第十三条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 双方在合同中列明的地址、电话和电子邮箱为有效通知方式。一方变更联系方式的，应及时书面通知对方，否则按原联系方式送达即视为有效送达。

14.3 本合同未尽事宜，双方可另行签订补充协议。补充协议与本合同不一致的，以补充协议为准。

14.4 乙方的报价单、产品功能说明为本合同附件。附件与本合同不一致的，以本合同为准。

甲方（签章）：____________    乙方（签章）：____________
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. BWS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Helan Mountain Estate Winery Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Yinchuan, Ningxia (the "Customer"), and Bükk Vinotech Kft., a limited liability company registered in Hungary with its registered office at Széchenyi István utca, 3300 Eger, Hungary (the "Vendor").
P:The Vendor develops and licenses CellarSuite, a software product for vineyard records, fermentation control, cellar operations, bottling and lot traceability. The Customer wishes to license, configure and integrate CellarSuite. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the CellarSuite modules listed in Annex 1, in object code, with their documentation and all updates provided under this Agreement.
P:1.2 "Custom Deliverables" means everything the Vendor creates specifically for the Customer under this Agreement, including configurations, report templates, label layouts, interface programs between the Software and the Customer's ERP, laboratory and tank-sensor systems, data migration scripts, and their source code and documentation.
P:1.3 "Customer Data" means all data entered into, generated by or migrated into the Software for the Customer, including harvest, grape intake, laboratory, tank, blend, bottling, lot and customer records.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the Acceptance Tests have been passed.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to sixty named users and two production sites in the People's Republic of China, for the Customer's own business and that of its affiliates.
P:2.2 The Vendor shall configure the Software for the Customer's grape intake, fermentation, barrel ageing, blending and bottling processes, build the interfaces listed in Annex 2, migrate the historical records of the last three vintages, and train the Customer's users and key users.
P:2.3 The Vendor shall deliver the work in accordance with the project plan in Annex 3. Installation shall be completed within forty-five days and the system shall be ready for Acceptance Tests within one hundred and twenty days after signature.
P:2.4 The Vendor shall appoint a project manager who speaks Chinese or works with a qualified interpreter, and shall not replace key personnel named in Annex 3 without the Customer's prior agreement.
H:Article 3 Price
P:3.1 The total price of this Agreement (the "Contract Price") is CNY 1,856,000, fixed and inclusive of all taxes, travel and expenses, made up as follows: licence fee CNY 1,260,000; configuration and integration CNY 486,000; data migration CNY 72,000; training CNY 38,000.
P:3.2 The Contract Price shall not be increased for any reason other than a change request signed by both parties.
H:Article 4 Payment
P:4.1 The Customer shall pay the Contract Price in three instalments: (a) 20% (CNY 371,200) within thirty days after signature, against the Vendor's invoice; (b) 45% (CNY 835,200) within thirty days after the Installation Certificate for both sites; and (c) 35% (CNY 649,600) within thirty days after Final Acceptance.
P:4.2 The Installation Certificate records only that the Software has been installed and is available for testing. It is not acceptance of any part of the work.
P:4.3 Payments shall be made in CNY by bank transfer. Each party bears its own bank charges.
H:Article 5 Acceptance
P:5.1 The Acceptance Tests are described in Annex 4 and include: (a) all functions in the approved specification working as described; (b) migrated records reconciled with the source systems for every lot of the last three vintages, with no unexplained difference; (c) all interfaces in Annex 2 running for ten consecutive working days without a failed transfer; (d) lot traceability from grape intake to bottled case demonstrated for twenty randomly chosen lots; and (e) no open Severity 1 or Severity 2 defect.
P:5.2 The Customer shall start the Acceptance Tests within ten working days after the Vendor's notice of readiness and complete them within thirty days.
P:5.3 If the tests are passed, the Customer shall issue Final Acceptance in writing. If they are not passed, the Vendor shall correct the defects at its own cost within fifteen days and the tests shall be repeated. Use of the Software in production, harvest operations or payment of any instalment does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the specification for twenty-four months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and new versions, and provide support free of charge.
P:6.2 Support is provided in Chinese or English by telephone, e-mail and remote session from 08:00 to 20:00 Beijing time on working days, and around the clock for Severity 1 incidents during the harvest season from August to October.
P:6.3 Severity 1 (the Software is unavailable or fermentation or lot data is lost or corrupted): response within 1 hour and restoration or workaround within 8 hours. Severity 2 (a main function is impaired): response within 2 hours and correction within two working days. Severity 3: response next working day.
P:6.4 For each full hour by which the Vendor exceeds the Severity 1 response or restoration time, the Vendor shall pay a service credit of CNY 1,200, which the Customer may deduct from any amount due.
P:6.5 After the Warranty Period the Customer may order annual support at a fee of 9% of the licence fee (CNY 113,400 per year). This fee is fixed for the first three years after the Warranty Period. Each year of support requires a separate order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property rights in it remain the property of the Vendor, subject to the licence in Article 2.1.
P:7.2 All intellectual property rights in the Custom Deliverables belong to the Customer from their creation. The Vendor shall deliver the source code with the Custom Deliverables before Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, also through third parties.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Data Protection and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may access and use Customer Data only to perform this Agreement and shall not use it for any other purpose, including analysis or product development.
P:8.2 The Software shall be installed on the Customer's servers in China. The Vendor shall access the Customer's systems only through the remote-access gateway provided by the Customer, with a personal account and multi-factor authentication, and only after the Customer has approved each session. The Vendor shall not copy Customer Data outside the Customer's systems or transfer it outside the People's Republic of China.
P:8.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China, train its personnel accordingly and keep a log of every access.
P:8.4 The Vendor shall notify the Customer of any actual or suspected security incident affecting Customer Data within 12 hours, take all reasonable remedial steps and cooperate with the Customer and the authorities. The Vendor is liable for all losses caused by a security incident for which it is responsible.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including recipes, blends, supplier prices, business plans and source code, and use it only for this Agreement. This obligation survives termination for three years.
H:Article 10 Delay and Liability
P:10.1 If the system is not ready for Acceptance Tests on the date in Article 2.3 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.07% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The total liability of each party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement claims under Article 7.3 or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.
P:12.2 If the Vendor's delay damages reach their maximum, the Customer may terminate this Agreement with immediate effect.
P:12.3 On termination by the Customer for breach, the Vendor shall refund the amounts paid for work not accepted and hand over all Custom Deliverables completed so far, including source code. The licence in Article 2.1 survives if the licence fee has been paid.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Hungary, excluding its conflict-of-law rules and the United Nations Convention on Contracts for the International Sale of Goods.
P:13.2 Any dispute arising from this Agreement shall be finally settled by the Permanent Arbitration Court attached to the Hungarian Chamber of Commerce and Industry in Budapest under its rules. The language of the arbitration shall be English.
H:Article 14 General
P:14.1 This Agreement, with its Annexes, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:14.2 The Agreement is signed in two English originals, one for each party.
P:Annex 1: Software modules. Annex 2: Interfaces. Annex 3: Project plan and key personnel. Annex 4: Acceptance Tests.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# Tiszaflow Maintain: Order Form and General Terms

Order Form No. TFM-CN-0262

## Part A: Order Form

### A1. Parties

**Provider:** Tiszaflow Software Kft., registered in Hungary, Baross Gábor út, 5000 Szolnok, Hungary, acting through its cloud operations partner in Shanghai for hosting in China.

**Customer:** Jinghai Cold Chain Logistics Co., Ltd., Tianjin, People's Republic of China.

This Order Form (Part A) and the General Terms (Part B) together form the agreement between the parties (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2. Subscribed Service

Tiszaflow Maintain, the Provider's cloud service for fleet and refrigeration-unit maintenance planning, work orders, spare-parts stock, tyre management, inspection checklists and mobile apps for drivers and workshop technicians, for:

- 180 named users (planners, workshop staff and managers) and unlimited driver app users;
- up to 650 vehicles and 420 refrigeration units;
- the Analytics add-on and the Telematics Connector for the Customer's existing GPS and temperature-logging platform.

### A3. Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year begins on the date of Go-Live Acceptance under Part B Section 3. The second Subscription Year begins on the first anniversary of that date.

### A4. Fees

| Item | Basis | Amount (CNY) |
| --- | --- | --- |
| Subscription, Subscription Year 1 | 180 users, 650 vehicles, 420 units, add-ons | 348,000 |
| Subscription, Subscription Year 2 | same scope | 348,000 |
| Onboarding (configuration, data import, connector set-up, training) | one-time | 58,000 |
| Total Fees for the Subscription Term | | 754,000 |

Fees include VAT. Additional vehicles above 650 are charged at CNY 260 per vehicle per Subscription Year, pro rata; such additional charges are not part of the Total Fees.

### A5. Invoicing and Payment

- The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and payable within thirty days of invoice.
- The onboarding fee is invoiced after Go-Live Acceptance and payable within thirty days of invoice.
- No fee is payable before Go-Live Acceptance.

### A6. Key Dates and Contacts

- Target Go-Live date: ninety days after signature of this Order Form.
- Provider project lead: Customer Success Manager for Greater China.
- Customer project lead: Head of Fleet Engineering, Tianjin headquarters.

Signed for the Provider: ____________________ Signed for the Customer: ____________________

## Part B: General Terms

### 1. Definitions

1.1 "Service" means the subscribed cloud service described in Part A, including the mobile apps, its documentation and updates.

1.2 "Customer Data" means all data entered into or generated in the Service by or for the Customer, including vehicle, driver, work order, parts, inspection, temperature and location data.

1.3 "Customer Configurations" means the workflows, checklists, maintenance plans, report templates, dashboards and connector mappings that the Provider sets up for the Customer.

### 2. Onboarding

2.1 The Provider shall configure the Service for the Customer's four depots, import the Customer's vehicle, unit and spare-parts master data and open work orders, set up the Telematics Connector and train twelve key users and all workshop supervisors.

2.2 The Provider shall provide an onboarding plan within ten working days after signature and report progress weekly.

2.3 If Go-Live Acceptance is not achieved by the target Go-Live date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 600 for each day of delay, up to a total of CNY 36,000. The Customer may deduct such amounts from the onboarding fee.

### 3. Go-Live Acceptance

3.1 Go-Live Acceptance requires that: (a) all master data has been imported and reconciled against the Customer's source lists without difference; (b) the Telematics Connector has transferred odometer, engine-hour and temperature data for all vehicles and units for seven consecutive days without loss; (c) the maintenance plans generate work orders correctly for a test set of forty vehicles; (d) the mobile apps work on the Customer's approved devices; and (e) there is no open Priority 1 or Priority 2 defect.

3.2 The Customer shall test within ten working days after the Provider's notice of readiness and either confirm Go-Live Acceptance in writing or list the failed criteria. The Provider shall correct them and notify readiness again.

### 4. Service Levels

4.1 The Provider shall make the Service available at least 99.95% of the time in each calendar month, excluding planned maintenance announced five days in advance and carried out between 00:00 and 05:00 Beijing time.

4.2 Priority 1 incidents (the Service or the driver app is unavailable, or work orders cannot be created) receive a response within 30 minutes, around the clock, and a workaround within 3 hours. Priority 2 incidents receive a response within 2 hours during business hours. Priority 3 requests receive a response within one business day.

4.3 If availability in a month falls below the level in Section 4.1, the Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point or part of it, up to half of that monthly equivalent. If a Priority 1 response is late, the Customer receives a credit of CNY 500 for each late hour. Credits are set off against the next invoice or paid at the end of the Subscription Term.

4.4 The Provider shall send a monthly service report showing availability, incidents and credits.

### 5. Customer Data and Security

5.1 Customer Data belongs to the Customer. The Provider may process Customer Data only to provide the Service to the Customer and for no other purpose.

5.2 The Service for the Customer is hosted in data centres located in mainland China. Customer Data shall not be transferred outside mainland China.

5.3 The Provider shall maintain technical and organisational security measures appropriate to the risk, including encryption in transit and at rest, role-based access, multi-factor authentication for administrators, logging of administrative access, daily back-ups kept for thirty days and yearly penetration tests. The hosting environment is covered by an MLPS level 3 filing.

5.4 The Provider shall notify the Customer of any security incident affecting Customer Data within 12 hours after becoming aware of it, contain it, and provide a written incident report within five working days. The Provider is liable for all losses caused by a security incident resulting from its breach of this Section.

5.5 At the end of the Subscription Term the Provider shall make all Customer Data available for export in CSV and JSON format for sixty days and then delete it, confirming the deletion in writing.

### 6. Intellectual Property

6.1 The Provider retains all rights in the Service.

6.2 Customer Configurations created for the Customer belong to the Customer. The Customer may use, copy and modify them and have them used by third parties, also after the end of the Subscription Term.

### 7. Renewal

7.1 At the end of the Subscription Term, the Agreement renews automatically for one further Subscription Year, and then for each following Subscription Year, unless either party gives notice of non-renewal at least sixty days before the end of the current Subscription Year.

7.2 For each renewal, the Provider may increase the subscription fee by giving notice of the new fee at least ninety days before the renewal date. The increase for any renewal will not exceed 8% of the fee of the previous Subscription Year.

### 8. Liability

8.1 Each party's total liability under the Agreement is limited to 200% of the Total Fees stated in Part A.

8.2 The limit in Section 8.1 does not apply to breach of Section 5, personal injury, fraud or wilful misconduct.

### 9. Subcontractors

9.1 The hosting partner in mainland China named in Part A is approved. The Provider shall not use any other subcontractor for the Service without the Customer's prior written consent and remains responsible for all subcontractors.

### 10. Term and Termination

10.1 The Agreement starts on signature and continues until the end of the Subscription Term, subject to Section 7.

10.2 Either party may terminate the Agreement by written notice if the other party commits a material breach that is not remedied within thirty days after notice. Three consecutive months below the availability level in Section 4.1 are a material breach.

10.3 If the Customer terminates for the Provider's breach, the Provider shall refund any prepaid fees for the period after termination.

### 11. Governing Law and Disputes

11.1 The Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The arbitral award is final and binding on both parties.

### 12. General

12.1 Notices must be in writing and sent to the project leads named in Part A with a copy to the signatories.

12.2 Neither party may assign the Agreement without the other party's written consent, except to a successor of its whole business.

12.3 Amendments must be in writing and signed by both parties. A purchase order or invoice of the Customer does not change the Agreement, even if it contains other terms.

12.4 If any provision of the Agreement is found invalid, the other provisions remain in force and the parties shall agree on a valid provision that comes closest to the original intent.
"""

E03 = """T:Purchase Contract for Barn Climate Sensors and Monitoring Software
P:Contract No. HX-PUR-2026-0588
P:Buyer: Henan Huaxia Swine Breeding Co., Ltd., Zhumadian, Henan Province, People's Republic of China.
P:Supplier: Kapos AgriSense Kft., Fő utca, 7400 Kaposvár, Hungary.
P:This Contract is made on the Buyer's standard purchase terms. The Supplier has reviewed the Buyer's technical specification and its bid of 14 October 2026 forms part of this Contract where it does not conflict with these terms.
H:1. Definitions
P:1.1 "Devices" means the climate sensor nodes, gas sensors, water meters, gateways and accessories listed in clause 3.2.
P:1.2 "Platform" means the Supplier's AgriSense Monitor software, licensed on a perpetual basis for installation on the Buyer's servers, including its mobile alarm app.
P:1.3 "Farm Data" means all measurements, alarms, event logs and reports produced by the Devices and the Platform at the Buyer's farms.
P:1.4 "Custom Deliverables" means the dashboards, alarm rules, report templates and the interface to the Buyer's herd management system developed by the Supplier for the Buyer.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and commission the Devices in sixty-four finishing and farrowing barns at the Buyer's four farms listed in Annex A, install and configure the Platform, develop the Custom Deliverables, and train the Buyer's staff.
P:2.2 The Devices shall measure temperature, relative humidity, ammonia, carbon dioxide and water consumption in each barn at intervals of not more than one minute, and the Platform shall raise alarms to the responsible stockman's mobile phone within sixty seconds of a limit being exceeded.
P:2.3 All Devices shall be suitable for the barn environment, with a protection rating of at least IP67 and resistance to ammonia and cleaning agents, and shall carry valid CCC or SRRC approvals where required in China.
H:3. Price
P:3.1 The total Contract Price is CNY 2,540,000, inclusive of VAT, customs duties, delivery to the farms, installation, commissioning, training and all other costs.
P:3.2 The Contract Price is itemised in the following table:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Barn climate sensor node (temperature, humidity)|1,280|780|998,400
TB:2|Gas sensor (ammonia, carbon dioxide)|320|1,450|464,000
TB:3|LoRa gateway with 4G backhaul|64|4,200|268,800
TB:4|Pulse water meter with transmitter|160|980|156,800
TB:5|AgriSense Monitor perpetual licence, 64 barns|1|386,000|386,000
TB:|Devices and Licence Subtotal|||2,274,000
TB:6|Installation, cabling and commissioning|1|168,000|168,000
TB:7|Custom Deliverables|1|74,000|74,000
TB:8|Training|1|24,000|24,000
TB:|Contract Price|||2,540,000
H:4. Payment
P:4.1 The Buyer shall pay: (a) 10% of the Contract Price (CNY 254,000) within twenty days after signature, against an advance payment guarantee from a bank acceptable to the Buyer; (b) 55% (CNY 1,397,000) within thirty days after the Installation Certificate for all four farms; and (c) 35% (CNY 889,000) within thirty days after Final Acceptance.
P:4.2 The Installation Certificate confirms only that the Devices have been delivered and installed. It is not acceptance of the Devices or the Platform.
P:4.3 Each payment requires a valid VAT invoice issued by the Supplier's appointed agent in China.
H:5. Delivery and Delay
P:5.1 The Supplier shall deliver all Devices to the farms within sixty days and complete installation and commissioning within one hundred days after signature.
P:5.2 If the Supplier fails to meet either date, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct these amounts from any payment.
H:6. Acceptance
P:6.1 Final Acceptance takes place after a trial operation of thirty days and requires that: (a) every Device has reported data for at least 98% of the scheduled intervals in the trial; (b) spot checks with the Buyer's calibrated reference instruments show deviations within the tolerances of the technical specification; (c) alarms have been tested in every barn and reached the responsible stockman within sixty seconds; (d) the interface to the herd management system has transferred barn data correctly every day of the trial; and (e) the Supplier has delivered the documentation and source code under clause 9.
P:6.2 The Buyer shall confirm Final Acceptance in writing or state the failed criteria within ten days after the end of the trial. The Supplier shall remedy the failures and the trial shall be repeated for the affected barns.
P:6.3 Commissioning, use of the Devices in production or payment does not constitute Final Acceptance.
P:6.4 Devices that fail during the trial shall be replaced by the Supplier, and the trial period for the affected barn shall start again from the date of replacement.
H:7. Warranty
P:7.1 The Supplier warrants the Devices and the Platform for twenty-four months after Final Acceptance. During this period the Supplier shall repair or replace faulty Devices free of charge, including shipping, and correct defects in the Platform and the Custom Deliverables.
P:7.2 The Supplier shall keep a stock of spare sensor nodes, gas sensors and gateways of not less than 3% of the installed quantity at its agent's warehouse in Zhengzhou.
H:8. Service Levels
P:8.1 Critical faults (the Platform is unavailable, alarms are not delivered, or a gateway of a farrowing barn is down): response within 2 hours at any time and restoration within 8 hours, on site if needed. Major faults: response within 6 hours and repair within two days. Minor faults: repair within five working days.
P:8.2 For each hour by which the Supplier exceeds the response or restoration time for a critical fault, the Supplier shall pay CNY 800, deductible from any amount due.
P:8.3 After the warranty period the Supplier shall provide maintenance on the Buyer's request at an annual fee of 7% of the Devices and Licence Subtotal (CNY 159,180 per year). This fee is fixed for three years after the warranty period. Maintenance is ordered year by year and does not renew automatically.
H:9. Intellectual Property
P:9.1 The Platform remains the Supplier's property and is licensed to the Buyer perpetually for all of its farms.
P:9.2 The Custom Deliverables belong to the Buyer. The Supplier shall deliver their source code before Final Acceptance, and the Buyer may modify them and have them maintained by third parties.
H:10. Farm Data
P:10.1 Farm Data belongs to the Buyer. The Supplier shall use Farm Data only to perform this Contract and shall not use it for any other purpose, including research or benchmarking.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential all information about the Buyer's farms, herd size, production performance, biosecurity measures and prices received under this Contract, and shall not disclose it to any third party without the Buyer's written consent. This obligation continues after the end of this Contract.
H:12. Subcontracting
P:12.1 The Supplier may subcontract installation and cabling only to contractors approved in advance in writing by the Buyer. The Supplier remains fully responsible for their work and for their compliance with the Buyer's biosecurity rules.
H:13. Biosecurity and Site Rules
P:13.1 The Supplier shall plan visits to the farms with the Buyer's farm managers at least three days in advance and keep the number of visitors as low as possible. All persons entering the farms shall follow the Buyer's biosecurity procedures, including quarantine periods, showering in and out, and disinfection of tools and materials. The Supplier shall bear any loss caused by a breach of these procedures by its personnel.
H:14. Documentation and Training
P:14.1 The Supplier shall deliver, in Chinese, installation records with the position and serial number of every Device, wiring diagrams for each barn, calibration certificates, the Platform administration manual and user guides for farm managers and stockmen.
P:14.2 The Supplier shall train at least two technicians per farm to replace sensors, recalibrate gas sensors and restart gateways, and train farm managers and stockmen to set alarm limits and use the mobile alarm app. Training shall be given at the farms in accordance with the Buyer's biosecurity rules, and the Supplier shall repeat it once free of charge within the warranty period if the Buyer asks.
H:15. Force Majeure and Ending the Contract
P:15.1 Neither party is liable for failure to perform caused by force majeure, including animal disease outbreaks declared by the authorities. The affected party shall notify the other party promptly.
P:15.2 This Contract may be ended early only by written agreement of both parties, or by either party if an event of force majeure prevents performance for more than ninety days.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Any dispute shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou. The award is final.
H:17. General
P:17.1 This Contract is made in Chinese and English. Both versions have equal effect; in case of difference, the Chinese version prevails.
P:17.2 Annex A: Farm and barn list. Annex B: Technical specification. Annex C: Installation plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Infrastructure Services Agreement

Agreement No. KIS-CZ-2026-07

**Customer:** Changzhou Ruifeng Precision Auto Parts Co., Ltd., Wujin District, Changzhou, Jiangsu Province, People's Republic of China.

**Provider:** Kanizsa Infrastructure Services Kft., Sugár út, 8800 Nagykanizsa, Hungary.

The Customer operates two machining plants and a warehouse in Changzhou. The Provider manages industrial and office IT infrastructure for manufacturers in Europe and Asia. The Customer wishes to outsource the operation of its data centre, network and end-user support to the Provider for a fixed term of 36 months, and the parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1, delivered to the Service Levels in Schedule 2 for the Charges in Schedule 3.

1.2 "Service Commencement" means the date on which the Customer confirms in writing that the Transition has been completed in accordance with clause 3.

1.3 "Customer Data" means all data of the Customer, its employees and customers that the Provider stores, processes, backs up or can access while performing the Services, including production, quality, engineering and personnel data.

1.4 "Deliverables" means the runbooks, configuration baselines, scripts, network diagrams, asset registers and reports that the Provider prepares for the Customer under this Agreement.

## 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from Service Commencement (the "Service Term").

2.2 The Agreement ends at the end of the Service Term. It does not renew automatically. Any extension requires a written amendment signed by both parties.

## 3. Transition

3.1 The Provider shall take over the Services from the Customer's internal team and current vendors according to the transition plan in Schedule 1, within seventy-five days after signature.

3.2 Service Commencement requires that: (a) all servers, storage, network devices, firewalls and end-user devices in scope are recorded in the asset register and connected to the Provider's monitoring; (b) back-ups of all systems in scope have run successfully for fourteen consecutive days and one full restore test has been passed; (c) the service desk has handled tickets for ten working days in parallel with the Customer's team; (d) runbooks for all critical systems have been approved by the Customer; and (e) there is no open Priority 1 or Priority 2 incident caused by the transition.

3.3 The Customer shall confirm Service Commencement in writing, or list the unmet criteria, within five working days after the Provider's notice of readiness.

3.4 If Service Commencement is delayed beyond the date in clause 3.1 for reasons attributable to the Provider, the Provider shall pay liquidated damages of CNY 1,800 for each day of delay, up to CNY 90,000.

## 4. Service Levels and Service Credits

4.1 The Provider shall meet the Service Levels in Schedule 2 and report on them monthly.

4.2 If a Service Level is missed, the Provider shall pay the service credits stated in Schedule 2. Credits are deducted from the next monthly invoice. Credits do not limit the Customer's other rights.

4.3 If availability of the core network or the server platform falls below its Service Level in three months of any six-month period, this is a material breach.

## 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. The total value of this Agreement is CNY 2,184,000, consisting of the Transition Charge of CNY 96,000 and a Monthly Service Charge of CNY 58,000 for 36 months.

5.2 The Transition Charge is invoiced after Service Commencement. The Monthly Service Charge is invoiced monthly in arrears. All invoices are payable within thirty days.

5.3 The Charges are fixed for the Service Term and include VAT, travel, tools, monitoring software licences and spare parts for the Provider's own equipment.

## 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to perform the Services and shall not use it, or any information derived from it, for any other purpose.

6.2 All Customer Data remains in the Customer's data centre and back-up site in China. The Provider's staff outside China may access the Customer's systems only through the Customer's privileged access management system, with named accounts, multi-factor authentication and session recording, and may not download Customer Data.

6.3 The Provider shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China, with the Customer's information security policies, and with the requirements of the Customer's MLPS level 2 filing.

6.4 The Provider shall report any actual or suspected security incident affecting Customer Data or the Customer's systems within 1 hour, take immediate containment measures, and deliver a root-cause report within three working days. The Provider is liable for all losses caused by a security incident that results from its breach of this clause.

## 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public information, including product drawings, process parameters, customer lists, prices, network designs and passwords, and use it only for this Agreement. This obligation continues for three years after the end of this Agreement.

## 8. Intellectual Property

8.1 The Deliverables belong to the Customer from their creation. The Customer may use, modify and pass them to any successor provider.

8.2 The Provider's pre-existing tools and monitoring software remain its property and are used under the Provider's own licences.

## 9. Personnel and Subcontracting

9.1 The Provider shall assign a service delivery manager and two resident engineers to the Customer's site in Changzhou, employed by its wholly owned subsidiary Kanizsa IT Services (Shanghai) Co., Ltd., which the Customer approves by signing this Agreement.

9.2 The Provider shall not subcontract any other part of the Services without the Customer's prior written consent and remains responsible for all subcontractors.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total value stated in clause 5.1.

10.2 This limit does not apply to breach of clauses 6 and 7, personal injury, fraud or wilful misconduct.

## 11. Termination and Exit

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within thirty days after notice, or immediately in the case of a material breach of clause 6.

11.2 Either party may terminate this Agreement by written notice if the other party becomes insolvent or ceases to carry on business.

11.3 On termination or expiry the Provider shall support the transfer of the Services to the Customer or a successor provider for up to ninety days at the rates of Schedule 3, hand over all Deliverables and credentials, and return or delete Customer Data as the Customer instructs.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai.

## Schedule 1: Services

| Service | Scope | Main tasks |
| --- | --- | --- |
| Data centre operations | 42 physical and 310 virtual servers, 2 storage arrays | monitoring, patching, capacity management, hardware vendor coordination |
| Network and security | 2 core switches, 96 access switches, 180 access points, 4 firewalls, SD-WAN links | configuration, firmware, rule reviews, log review |
| Back-up and recovery | all servers in scope, back-up site in Wujin | daily back-ups, monthly restore tests, yearly recovery exercise |
| Service desk | about 1,150 users, Chinese and English | tickets, remote support, password resets, onboarding |
| On-site support | plants 1 and 2, warehouse | desk-side support, shop-floor terminals, printers |
| Transition | all of the above | inventory, knowledge transfer, runbooks, parallel run |

## Schedule 2: Service Levels

| Measure | Service Level | Service credit if missed |
| --- | --- | --- |
| Core network availability, monthly | 99.95% | 4% of the Monthly Service Charge per 0.1 point below, up to 20% |
| Server platform availability, monthly | 99.95% | 4% of the Monthly Service Charge per 0.1 point below, up to 20% |
| Priority 1 incident, response | 15 minutes, 24x7 | CNY 1,000 per late hour |
| Priority 1 incident, restoration | 6 hours | CNY 2,000 per late hour |
| Priority 2 incident, response | 1 hour | CNY 300 per late hour |
| Back-up jobs, monthly | every failed job re-run successfully within one day | CNY 3,000 per job not re-run |
| Service desk first-call resolution | 70% of tickets | CNY 2,000 |

## Schedule 3: Charges

| Charge | Basis | Amount (CNY) |
| --- | --- | --- |
| Transition Charge | one-time, after Service Commencement | 96,000 |
| Monthly Service Charge | per month, in arrears, 36 months | 58,000 |
| Total value | 96,000 + 36 x 58,000 | 2,184,000 |
| Exit support | per engineer day, on request | 2,600 |

Signed for the Customer: ____________________ Signed for the Provider: ____________________
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. CAD-QD-2026-19

BETWEEN

Csaba AgroData Kft., a company registered in Hungary, Andrássy út, 5600 Békéscsaba, Hungary (the "Provider"); and

Qingdao Haiyue Grain and Oil Import Co., Ltd., a company registered in Qingdao, Shandong Province, People's Republic of China (the "Customer").

BACKGROUND

The Provider collects, cleans and publishes agricultural data for Central and Eastern Europe, including crop condition, harvest progress, field weather, port stocks and cash prices for wheat, maize, sunflower seed and rapeseed. The Customer buys grain and oilseeds from the region and wishes to receive this data through the Provider's API and in custom feeds loaded into its trading and risk systems for two Subscription Years.

1. DEFINITIONS

1.1 "Data" means the datasets listed in Annex 1 as updated by the Provider from time to time.

1.2 "API" means the Provider's REST interface and bulk download service through which the Data is delivered.

1.3 "Custom Feeds" means the mappings, transformation scripts and loaders the Provider develops to load the Data into the Customer's trading, risk and reporting systems.

1.4 "Customer Data" means the Customer's positions, contract lists, queries, watch lists and any other data the Customer uploads to or generates in the Provider's systems.

1.5 "Subscription Year" means each period of one year starting on the Start Date or on an anniversary of it.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right to access the API and use the Data within its group for its internal trading, procurement, risk and reporting purposes for two Subscription Years.

2.2 The subscription covers up to forty named users, one production and one test API key, and up to two million API calls per Subscription Year. Calls above that volume are charged under Annex 2 and do not form part of the Subscription Fees.

2.3 The Customer may not resell the Data or publish it outside its group, except in short extracts in internal reports and in reports to its banks and auditors.

3. START DATE, ONBOARDING AND ACCEPTANCE

3.1 The Provider shall open API access and deliver the Custom Feeds within forty-five days after signature. The Start Date is the date of Integration Acceptance.

3.2 Integration Acceptance requires that: (a) the Custom Feeds have loaded the Data into the Customer's test and production systems every day for ten consecutive working days without a failed load; (b) the loaded values match the Provider's published values for a sample of two hundred data points chosen by the Customer; (c) historical data from the 2016 harvest onwards has been loaded; and (d) the documentation of the Custom Feeds has been delivered.

3.3 The Customer shall confirm Integration Acceptance in writing, or state the unmet criteria, within five working days after the Provider's notice of readiness.

3.4 If Integration Acceptance is delayed beyond the date in clause 3.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 450 for each day of delay, up to CNY 27,000.

4. FEES AND PAYMENT

4.1 The Subscription Fee is CNY 246,000 for each Subscription Year, CNY 492,000 for both Subscription Years. The one-time onboarding fee for the Custom Feeds is CNY 36,000. The total value of this Agreement is CNY 528,000, inclusive of VAT.

4.2 The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year. The onboarding fee is invoiced after Integration Acceptance. No amount is payable before Integration Acceptance. Invoices are payable within thirty days.

4.3 The fees are fixed for both Subscription Years.

5. SERVICE LEVELS

5.1 The Provider shall make the API available at least 99.5% of the time in each calendar month, excluding maintenance announced two working days in advance and carried out on weekends.

5.2 Daily datasets shall be published by 08:00 Beijing time on each working day. Cash prices shall be updated at least twice a day during European trading hours.

5.3 Priority 1 incidents (the API or a Custom Feed is unavailable, or published data is materially wrong) receive a response within 1 hour at any time and a fix or workaround within 6 hours. Priority 2 incidents receive a response within 3 hours during business hours.

5.4 If availability falls below the level in clause 5.1, or a daily dataset is published more than two hours late on more than three days in a month, the Customer receives a credit of 5% of one twelfth of the annual Subscription Fee for each shortfall event, up to a quarter of that amount per month. For each hour by which a Priority 1 response is late, the Customer receives a credit of CNY 400. Credits are deducted from the next invoice or refunded at the end of the term.

6. DATA QUALITY

6.1 The Provider shall apply the quality controls described in Annex 1, correct errors promptly after they are found and keep a public log of corrections.

6.2 The Provider shall notify the Customer in advance of any change to the structure of a dataset, the API or the methods used to produce the Data, and shall keep the previous version of the API available for at least ninety days after such a change, so that the Custom Feeds can be adapted without interruption. Changes needed in the Custom Feeds because of the Provider's changes are made by the Provider at no charge.

6.3 The Data is provided for information. The Provider does not guarantee any trading result.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to provide the subscription to the Customer. It shall not analyse, aggregate, sell or otherwise use Customer Data for any other purpose.

7.2 The Custom Feeds run on the Customer's servers in China. The Provider shall hold Customer Data, such as watch lists and query logs, only on servers in the European Union protected by encryption in transit and at rest, role-based access and multi-factor authentication, and shall delete query logs after ninety days. No Customer positions or contract lists shall be sent to the Provider.

7.3 The Provider shall maintain an information security programme certified under ISO 27001 and shall notify the Customer of any security incident affecting Customer Data or the Customer's API keys within 24 hours. The Provider shall take all steps to contain the incident and is liable for losses caused by an incident resulting from its failure to meet this clause.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information received under this Agreement and use it only for this Agreement. The Customer's trading interests, volumes and counterparties are confidential information of the Customer. This obligation survives termination for three years.

9. INTELLECTUAL PROPERTY

9.1 The Provider retains all rights in the Data and the API, subject to the rights granted in clause 2.

9.2 The Custom Feeds belong to the Customer. The Provider shall deliver their source code and documentation, and the Customer may modify them and use them with other data sources.

10. SUBCONTRACTING

10.1 The Provider shall not subcontract the delivery of the API or the Custom Feeds without the Customer's prior written consent. Data collection by the Provider's network of local correspondents is not subcontracting under this clause.

11. LIABILITY

11.1 The Provider's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, is limited to the fees paid by the Customer in the 6 months before the event giving rise to the claim.

11.2 Neither party is liable for indirect loss, loss of profit or trading losses, except in case of fraud or wilful misconduct.

12. TERM AND TERMINATION

12.1 This Agreement ends at the end of the second Subscription Year. Any renewal requires a new written order agreed by both parties.

12.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within thirty days after notice. Availability below the level in clause 5.1 in three consecutive months is a material breach.

12.3 On termination for the Provider's breach, the Provider shall refund the Subscription Fee paid for the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time. The award is final and binding.

14. GENERAL

14.1 Neither party may assign this Agreement without the other party's written consent.

14.2 Notices shall be given in writing in English to the addresses above, by courier or by e-mail with confirmation of receipt. A party that changes its address shall inform the other party within five working days.

14.3 Annex 1 (Datasets and quality controls) and Annex 2 (Additional call volumes) form part of this Agreement.

SIGNED for the Provider: ____________________

SIGNED for the Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# files and labels
NAMES = {
    "z01": ("h868z01_geo_indication_platform_licence.pdf", "zh", "software"),
    "z02": ("h868z02_wallpaper_line_control_retrofit.docx", "zh", "hardware"),
    "z03": ("h868z03_kitesurf_chain_booking_saas.txt", "zh", "cloud"),
    "z04": ("h868z04_bathing_aid_supervision_om_service.txt", "zh", "services"),
    "z05": ("h868z05_fish_lantern_tracking_supplier_template.md", "zh", "software"),
    "e01": ("h868e01_winery_cellar_licence_eger_vendor.pdf", "en", "software"),
    "e02": ("h868e02_fleet_maintenance_saas_order_form.md", "en", "cloud"),
    "e03": ("h868e03_barn_sensors_monitoring_licence.docx", "en", "hardware"),
    "e04": ("h868e04_managed_infrastructure_36_months.md", "en", "services"),
    "e05": ("h868e05_agri_data_api_subscription.txt", "en", "cloud"),
}
SRC = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
       "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

OK = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
          buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
          prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
          post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
          subcontract_without_consent=False, governing_law="PRC", contract_kind="service")

# per draft: terms that differ from OK, extra facts, the itemised fee base for TCO, and the design list of rules
D = {}
D["z01"] = dict(t=dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=20,
                       final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8,
                       contract_kind="goods_or_licence"),
                x=dict(capped=True, deemed=False, sla=True, ld=True), value=2106000, base=1160000,
                parts=[1160000, 742000, 168000, 36000], pays=[421200, 947700, 737100], design=[])
D["z02"] = dict(t=dict(p1_response_hours=1, ld_rate_per_day_pct=0.02, prepayment_pct=25,
                       final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=25,
                       contract_kind="goods_or_licence"),
                x=dict(capped=True, deemed=False, sla=True, ld=True), value=2488000, base=2316000,
                parts=[1048000, 532000, 286000, 164000, 286000, 136000, 36000], pays=[622000, 1244000, 622000],
                design=["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"])
D["z03"] = dict(t=dict(availability_pct=99.5, p1_response_hours=0.5, buyer_owns_data=False, ld_rate_per_day_pct=0.1,
                       auto_renewal_price_increase=True),
                x=dict(deemed=False, sla=True, ld=True), value=780000, base=None,
                parts=[288000 * 2, 48000 * 2, 108000], pays=[108000, 336000, 336000],
                design=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"])
D["z04"] = dict(t=dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=False, ld_rate_per_day_pct=0.1,
                       subcontract_without_consent=True),
                x=dict(deemed=False, sla=True, ld=True), value=468000, base=None,
                parts=[468000], pays=[117000] * 4, design=["CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"])
D["z05"] = dict(t=dict(sla_remedy=False, ip_owner="supplier", liability_cap_pct=20, prepayment_pct=65,
                       acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
                       subcontract_without_consent=None, governing_law=None, contract_kind="goods_or_licence"),
                x=dict(capped=False, deemed=True, sla=False, ld=False), value=320000, base=168000,
                parts=[168000, 126000, 26000], pays=[208000, 112000],
                design=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                        "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"])
D["e01"] = dict(t=dict(p1_response_hours=1, ld_rate_per_day_pct=0.07, liability_cap_pct=150, prepayment_pct=20,
                       final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
                       governing_law="Hungary", contract_kind="goods_or_licence"),
                x=dict(capped=True, deemed=False, sla=True, ld=True), value=1856000, base=1260000,
                parts=[1260000, 486000, 72000, 38000], pays=[371200, 835200, 649600], design=["CR-GOVERNING-LAW"])
D["e02"] = dict(t=dict(availability_pct=99.95, p1_response_hours=0.5, confidentiality=False,
                       ld_rate_per_day_pct=600 / 754000 * 100, liability_cap_pct=200,
                       auto_renewal_price_increase=True),
                x=dict(deemed=False, sla=True, ld=True), value=754000, base=None,
                parts=[348000, 348000, 58000], pays=[348000, 58000, 348000],
                design=["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY"])
D["e03"] = dict(t=dict(p1_response_hours=2, data_security_clause=False, ld_rate_per_day_pct=0.1, prepayment_pct=10,
                       final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=7,
                       termination_for_breach=False, contract_kind="goods_or_licence"),
                x=dict(capped=True, deemed=False, sla=True, ld=True), value=2540000, base=2274000,
                parts=[998400, 464000, 268800, 156800, 386000, 168000, 74000, 24000], pays=[254000, 1397000, 889000],
                design=["CR-DATA-SECURITY", "CR-TERMINATION"])
D["e04"] = dict(t=dict(availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=1800 / 2184000 * 100,
                       liability_cap_pct=150),
                x=dict(deemed=False, sla=True, ld=True), value=2184000, base=None,
                parts=[96000] + [58000] * 36, pays=[96000] + [58000] * 36, design=[])
D["e05"] = dict(t=dict(availability_pct=99.5, p1_response_hours=1, ld_rate_per_day_pct=450 / 528000 * 100,
                       liability_cap_pct=6 / 24 * 100),
                x=dict(deemed=False, sla=True, ld=True), value=528000, base=None,
                parts=[246000, 246000, 36000], pays=[246000, 36000, 246000],
                design=["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"])

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (contract_risk defaults)
TH = dict(avail=99.9, p1=4, ld=0.05, cap=100, prepay=30, warranty=12, fee=15, tco=40)


def tco_share(d, t):
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not d["x"]["capped"]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = d["base"] * t["post_warranty_fee_pct"] / 100 * years
    return fees / (d["value"] + fees) * 100


def rules(d, t):
    """My reading of policy section 3 over a label."""
    x, r = d["x"], set()
    if not x["sla"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["avail"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1"]:
        r.add("CR-SLA-RESPONSE")
    if x["sla"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["deemed"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]:
            r.add("CR-WARRANTY")
        f = t["post_warranty_fee_pct"]
        if f is None or not x["capped"] or f > TH["fee"]:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(d, t)
        if s is not None and s > TH["tco"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rs):
    if set(rs) & HIGH:
        return "high"
    return "medium" if set(rs) - LOW else ("low" if rs else "low")


# ---------------------------------------------------------------------------------------------------------------
# threshold scan
PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)\s*%",
    r"(?<![\d.])0\.050*(?!\d)\s*%", r"万分之五(?![十点])", r"千分之零点五", r"(?<![\d.])0\.50*\s*‰",
    r"(?<![\d.])(?:30|40|15|100)(?:\.0+)?\s*%", r"(?<![\d.])(?:30|40|15|100)\s*per\s*-?\s*cent",
    r"百分之(?:三十|四十|十五|一百)(?![一二三四五六七八九十点])", r"(?<!百分之)(?<![一二三四五六七八九])十五%",
    r"(?:thirty|forty|fifteen|one\s*hundred|hundred)\s*(?:per\s*-?\s*cent|%)",
    r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?|个?小时)", r"(?<![一二三五六七八九十〇零百千])四\s*个?\s*小时",
    r"\bfour\s*-?\s*hours?", r"(?i)(?<![a-z])four-hour",
    r"(?<![\d.])12\s*-?\s*(?:months?|个月)", r"(?<![一二三四五六七八九十〇零百千])十二\s*个?\s*月",
    r"twelve\s*-?\s*months?",
]
MUST_HIT = ["99.9%", "99.90 %", "0.05%", "万分之五", "30%", "40 %", "15%", "100%", "百分之三十", "百分之四十",
            "百分之十五", "百分之一百", "4小时", "4 hours", "四小时", "四个小时", "four hours", "12个月", "12 months",
            "十二个月", "twelve months", "thirty per cent", "one hundred percent", "4 hrs", "fifteen per cent"]
MUST_MISS = ["99.95%", "99.5%", "0.08%", "万分之八", "万分之五十", "25%", "130%", "35%", "115%", "24小时", "24 hours",
             "二十四小时", "14 hours", "0.4 hours", "18 months", "十八个月", "二十四个月", "112个月", "2.5%",
             "百分之三十五", "2027年12月31日", "forty-five days", "twenty-four months", "6 months", "10.05%"]
RX = [re.compile(p, re.I) for p in PATTERNS]


def hits(s):
    return [m.group(0) for rx in RX for m in rx.finditer(s)]


def readback(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def dump(obj):
    return json.dumps(obj, ensure_ascii=False, indent=1)


def main():
    from word_pdf import write
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))
    kinds = {k: v[0].rsplit(".", 1)[1] for k, v in NAMES.items()}
    for k, (name, _, _) in NAMES.items():
        if kinds[k] in ("txt", "md"):
            (OUT / name).write_text(SRC[k], encoding="utf-8")
            print("wrote", name)
    write({k: SRC[k] for k in SRC if kinds[k] in ("docx", "pdf")},
          {k: (NAMES[k][0], kinds[k]) for k in NAMES if kinds[k] in ("docx", "pdf")}, OUT, wrap_words=True)
    covered, problems = set(), []
    for k, (name, lang, cat) in NAMES.items():
        d = D[k]
        t = dict(OK)
        t.update(d["t"])
        assert sum(d["parts"]) == d["value"], (k, "parts")
        assert sum(d["pays"]) == d["value"], (k, "pays")
        text = readback(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        print(f"{k} {name}: length {n}")
        if not ok:
            problems.append((k, "length", n))
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            h = hits(variant)
            if h:
                problems.append((k, "threshold text", h))
        # label values never on a threshold
        for key, th in (("availability_pct", "avail"), ("p1_response_hours", "p1"), ("ld_rate_per_day_pct", "ld"),
                        ("liability_cap_pct", "cap"), ("prepayment_pct", "prepay"), ("warranty_months", "warranty"),
                        ("post_warranty_fee_pct", "fee")):
            if t[key] is not None and abs(t[key] - TH[th]) < 1e-9:
                problems.append((k, "label on threshold", key))
        s = tco_share(d, t)
        if s is not None:
            print(f"   TCO share {s:.2f}")
            if abs(s - TH["tco"]) <= 2:
                problems.append((k, "tco near threshold", s))
        rs = rules(d, t)
        if rs != sorted(d["design"]):
            problems.append((k, "rules differ", rs, d["design"]))
        covered |= set(rs)
        print(f"   rules {rs} risk {risk(rs)}")
        extra = {"sla_clause": d["x"]["sla"], "ld_stated": d["x"]["ld"]}
        if t["contract_kind"] == "goods_or_licence":
            extra["post_warranty_fee_capped"] = d["x"]["capped"]
        extra["acceptance_deemed_on_delivery"] = d["x"]["deemed"]
        extra["contract_value"] = d["value"]
        label = {"file": name, "language": lang, "category": cat, "expected_terms": {q: t[q] for q in KEYS},
                 "expected_extra": extra, "expected_rules": rs}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(dump(label), encoding="utf-8")
    # the mix
    counts = {k: len(rules(D[k], {**OK, **D[k]["t"]})) for k in D}
    if sorted(k for k in counts if counts[k] == 0) != ["e04", "z01"]:
        problems.append(("mix", "compliant", counts))
    if rules(D["e01"], {**OK, **D["e01"]["t"]}) != ["CR-GOVERNING-LAW"]:
        problems.append(("mix", "e01"))
    if not 8 <= counts["z05"] <= 10:
        problems.append(("mix", "z05", counts["z05"]))
    six = [k for k in D if k not in ("z01", "e04", "e01", "z05")]
    if len(six) != 6 or any(not 2 <= counts[k] <= 3 for k in six):
        problems.append(("mix", "six", counts))
    if covered != set(ALL_RULES):
        problems.append(("coverage", sorted(set(ALL_RULES) - covered)))
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "checks failed"
    print("all checks passed")


if __name__ == "__main__":
    main()
