"""holdout1125: ten blind held-out draft contracts (ordinary drafts, no tricks).

Builds every file from the sources kept below (.txt/.md written as is; .docx/.pdf through ../word_pdf.py), writes the
.json labels, derives each draft's rules from its labels by a reading of policy section 3, compares them with the
design list, checks rule coverage, text lengths, threshold-free values and a threshold scan of every built file.
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市交通运输局机动车维修行业监管平台建设项目合同
P:合同编号：JTYS-ZFCG-2027-0316
P:采购人（甲方）：某市交通运输局
P:供应商（乙方）：江城智维信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方就机动车维修行业监管平台的软件许可、定制开发及实施服务，经协商一致，订立本合同。招标文件、投标文件及中标通知书为本合同组成部分。
H:第一条 项目内容与合同价款
P:1.1 乙方向甲方提供维修行业监管平台软件许可（市级部署，用户数不限），并完成以下定制开发：机动车电子健康档案系统对接、维修企业信用评价模块、维修质量投诉处理流程、移动执法终端应用以及面向维修企业的备案申报端。
P:1.2 合同总价为人民币贰佰肆拾万元整（¥2,400,000），其中：平台软件许可费¥1,160,000；定制开发费¥1,020,000；实施部署费¥186,000；培训费¥34,000。合同总价为固定总价，已包含税费、差旅、第三方组件及上线前全部费用。
P:1.3 平台部署于甲方指定的政务云，乙方负责安装、配置、数据初始化及与省级监管系统的接口联调。平台应支持国产操作系统、数据库和浏览器，并通过商用密码应用安全性评估。
H:第二条 交付期限
P:2.1 乙方应在合同签订后一百五十日内完成全部开发与部署，并提交初验申请；初验通过后进入九十日试运行期。
P:2.2 乙方应提交需求规格说明书、设计文档、测试报告、用户手册、运维手册及定制部分的全部源代码。
P:2.3 乙方应组建不少于八人的项目团队，项目经理须具备高级项目管理资质并驻场办公，未经甲方同意不得更换；确需更换的，新任人员资历不得低于原人员。
P:2.4 乙方应在合同签订后二十日内提交详细实施计划，每两周向甲方书面报告进度、风险及需甲方配合的事项。甲方负责提供政务云资源、网络环境及既有系统的接口文档。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十个工作日内，甲方支付合同总价的20%作为预付款，即¥480,000。
P:3.2 平台通过初验后，甲方支付合同总价的45%，即¥1,080,000。
P:3.3 试运行结束且通过最终验收后，甲方支付合同总价的35%，即¥840,000。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方付款受财政资金拨付进度影响的，双方另行协商，不视为甲方违约。
H:第四条 验收
P:4.1 初验标准：需求规格说明书所列功能全部实现；与电子健康档案系统、省级监管系统的接口连续七日数据交换无差错；并发用户五百人时常用页面响应时间不超过2秒；第三方安全测评无高危漏洞。
P:4.2 最终验收标准：试运行期内无一级故障，所有遗留问题已关闭，文档及源代码齐全，并取得甲方组织的专家验收意见。
P:4.3 平台上线运行、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，费用由乙方承担。
H:第五条 质量保证与售后维护
P:5.1 免费质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级、接口适配和远程技术支持。
P:5.2 乙方应为甲方及各区县运输管理部门提供不少于六期集中培训，覆盖系统管理员、执法人员及维修企业填报人员，并提供培训教材和操作视频。
P:5.3 质保期满后，甲方如续购维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥104,400），该费率在质保期满后三年内不上调。维护合同逐年签订，不自动续期。
H:第六条 服务水平
P:6.1 平台月度可用率不低于99.95%，计划内维护须提前三个工作日经甲方同意并安排在夜间进行。
P:6.2 一级故障（平台整体不可用或执法数据无法上报）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，次日内解决。
P:6.3 乙方应设立7×24小时服务热线，每月向甲方提交运行报告，载明可用率、故障处理、版本变更及安全事件情况。
P:6.4 响应或恢复超时的，每超时1小时，乙方按¥800向甲方支付违约金；月度可用率每低于承诺值0.01个百分点，扣减当期维护费用或质保金¥1,000。
H:第七条 知识产权
P:7.1 定制开发部分（含接口程序、信用评价模型、移动端应用）的源代码、文档及其知识产权归甲方所有，甲方可自行修改、使用或委托第三方维护。
P:7.2 平台标准产品的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付成果不侵犯第三方权利，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台中的维修企业信息、车辆档案、投诉及执法数据均属于甲方，乙方仅为履行本合同处理上述数据，不得用于其他任何目的，不得留存副本。
P:8.2 乙方应按照网络安全等级保护第三级要求落实访问控制、加密存储、操作审计，所有运维操作须经甲方堡垒机进行。
P:8.3 乙方在测试和培训中只能使用甲方提供的脱敏数据；合同终止或维护结束时，乙方应交回全部数据和介质，并提交数据删除说明。
P:8.4 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成数据泄露、损毁的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、执法信息及技术资料负有保密义务，未经甲方书面同意不得向任何第三方披露，保密义务不因合同终止而解除。
P:9.2 乙方应与参与本项目的人员签订保密承诺书并报甲方备案。乙方人员离开本项目的，乙方应收回其账号、门禁卡及全部项目资料，并书面告知甲方。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:10.2 交付成果不符合合同约定的，乙方应免费修复或更换；给甲方造成损失的，应予赔偿。
P:10.3 乙方擅自更换项目经理或核心人员的，每人次支付违约金¥20,000；违约金不足以弥补甲方损失的，乙方应补足差额。
H:第十一条 分包
P:乙方不得将本合同项下任何工作分包或转包给第三方。乙方擅自分包或转包的，甲方有权解除合同，并按政府采购有关规定处理。
H:第十二条 合同解除
P:12.1 乙方逾期超过六十日，或交付成果经两次验收仍不合格，或发生重大违约经甲方书面催告后十五日内未纠正的，甲方有权书面通知解除本合同，并要求乙方退还已付款项、赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除本合同。
P:12.3 合同解除后，乙方应在十日内移交已完成的开发成果、源代码、文档及甲方数据，并配合甲方完成系统交接。
H:第十三条 争议解决
P:本合同履行中发生争议的，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:本合同附件包括：需求规格说明书、分项报价表、项目实施计划、服务承诺书。附件与正文不一致的，以正文为准。本合同一式六份，甲方四份、乙方二份，经双方签字盖章后生效。未尽事宜由双方另行签订补充协议。
P:甲方（盖章）：某市交通运输局    乙方（盖章）：江城智维信息技术有限公司
P:签订日期：2027年3月16日
"""

Z02 = """T:生产线控制系统改造项目合同
P:合同编号：DGQ-JG-2027-021
P:甲方（买方）：台州锐钉电动工具有限公司
P:乙方（卖方）：杭州启衡自动化工程有限公司
P:甲方为提升电动钉枪装配线和测试线的自动化水平，委托乙方对其六条生产线的控制系统进行改造。双方依据《中华人民共和国民法典》，经友好协商，订立本合同，共同遵守。
H:第一条 改造范围
P:1.1 乙方负责六条生产线（四条装配线、两条性能测试线）的控制系统改造，包括PLC控制柜更换、伺服驱动升级、视觉检测工位新增、HMI操作屏更换，以及产线监控软件的部署和与甲方MES系统的接口开发。
P:1.2 改造应在甲方计划停产窗口内分批实施，每批停线不超过五日，乙方不得影响其余产线的正常生产。
P:1.3 乙方应在合同签订后十五日内完成现场勘查，提交改造设计方案、电气图纸、停线切换计划和应急回退方案，经甲方书面确认后实施。改造期间拆除的原有设备归甲方所有，由乙方清点后交还甲方仓库。
P:1.4 乙方提供的设备应为全新原厂产品，附合格证、说明书和原厂质保证明，主要部件的品牌和型号以投标技术规格书为准，未经甲方同意不得替换。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰捌拾贰万柒仟元整（¥1,827,000），明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制系统（含控制柜、I/O模块）|6套|612,000
TB:2|伺服驱动及电机|48套|318,000
TB:3|视觉检测工位（相机、光源、工控机）|6套|246,000
TB:4|HMI操作屏|12台|84,000
TB:5|产线监控软件许可（永久）|1套|228,000
TB:|设备及软件小计||1,488,000
TB:6|安装调试||172,000
TB:7|PLC程序及MES接口开发||146,000
TB:8|培训||21,000
TB:|合同总价||1,827,000
P:2.2 上述价格含设备、软件、运输、保险、安装、调试、税费及乙方人员全部费用，合同履行期间不作调整。设备运抵甲方厂区前的毁损、灭失风险由乙方承担。
H:第三条 付款方式
P:3.1 合同签订后七个工作日内，甲方支付合同总价的20%作为预付款，即¥365,400。
P:3.2 首批设备到货并经甲方清点签收后，甲方支付合同总价的35%，即¥639,450。到货签收仅确认数量和外观，不视为质量验收。
P:3.3 全部产线通过最终验收后，甲方支付合同总价的38%，即¥694,260。
P:3.4 合同总价的7%（¥127,890）作为质量保证金，质保期满且无未决质量问题后十个工作日内无息支付。
H:第四条 交付与验收
P:4.1 乙方应在合同签订后九十日内完成全部设备到货，并在一百二十日内完成全部产线的改造和调试。
P:4.2 每条产线改造完成后进行单线验收，验收标准为：产线节拍不低于每分钟22件；视觉检测对漏钉、错装的检出率不低于99.5%，误判率不高于0.3%；连续七十二小时带料运行无停机故障；监控软件与MES的工单、报工、质量数据交换一致。
P:4.3 单线验收不合格的，乙方应在五日内整改并重新验收；同一产线两次验收仍不合格的，甲方有权要求更换相关设备或另行委托第三方整改，费用由乙方承担。
P:4.4 全部产线单线验收合格并连续稳定运行三十日后，甲方组织最终验收，并签署最终验收报告。安装完成、试生产或甲方付款均不视为验收合格。
H:第五条 质量保证与维保
P:5.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内，设备、软件及程序出现的故障由乙方免费维修或更换。
P:5.2 一级故障（整条产线停机）乙方应在1小时内响应，6小时内到达现场；二级故障（单个工位停机）2小时内响应，次日内到场。
P:5.3 乙方响应或到场超时的，每超时1小时向甲方支付违约金¥1,000，从质量保证金中扣除。
P:5.4 乙方应随设备免费提供常用备品备件一批（清单见附件二），并在甲方厂区所在地保持备件库存，保证易损件在二十四小时内供货。
P:5.5 乙方应为甲方电气维修人员及产线班组长提供不少于五天的操作和维护培训，培训合格后方可独立上岗操作。
P:5.6 质保期满后，乙方提供年度维保服务，年度维保费为设备及软件小计的8.5%，即每年¥126,480，该价格自质保期满起三年内固定不变。维保合同由甲方按年决定是否续签。
H:第六条 知识产权
P:6.1 乙方为本项目编写的PLC程序、HMI画面、MES接口程序的源代码及文档归甲方所有，乙方应在最终验收时完整移交，甲方可自行修改和使用。
P:6.2 产线监控软件的著作权归其权利人，甲方获得永久使用许可，可在本厂区内扩展至新增产线使用，无需另行付费。
P:6.3 乙方保证所提供的设备、软件和程序不侵犯任何第三方的知识产权；如发生侵权纠纷，由乙方负责处理并承担全部费用。
H:第七条 数据安全
P:7.1 产线运行数据、工艺参数、质量记录属于甲方，乙方不得复制、外传或用于本合同以外的任何用途。
P:7.2 乙方远程维护须经甲方审批，通过甲方指定的VPN和账号进行并留存操作记录；乙方应对其人员的操作负责。发生数据泄露或被篡改的，乙方应在两小时内通知甲方并承担由此造成的损失。
P:7.3 乙方接入甲方生产网络的笔记本电脑和移动存储介质须经甲方杀毒检查和登记，改造完成后乙方应删除其留存的甲方程序备份和参数文件，并书面确认。
H:第八条 保密
P:乙方对在履约过程中获知的甲方产品图纸、工艺文件、客户信息及经营信息负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的千分之一支付违约金。
P:9.2 改造期间因乙方原因造成非计划停线的，每条产线每停线一小时，乙方向甲方支付违约金¥2,000；给甲方造成的产品报废、设备损坏，乙方应照价赔偿。
P:9.3 乙方累计承担的赔偿责任以合同总价的150%为限，但因乙方故意或重大过失、侵犯知识产权及违反第七条、第八条造成的损失不受此限。
H:第十条 分包
P:乙方可将电气安装、布线等施工工作分包给具有相应资质的单位，但应提前五日书面通知甲方，并对分包单位的工作质量和安全承担责任。
H:第十一条 合同的变更和解除
P:11.1 本合同生效后，除发生不可抗力外，任何一方均不得单方解除本合同。
P:11.2 任何变更须经双方协商一致并签订书面补充协议，补充协议与本合同具有同等效力。甲方因生产计划调整需要推迟停线窗口的，应提前七日通知乙方，交付期限相应顺延。
H:第十二条 安全生产
P:乙方人员进入甲方厂区应遵守甲方安全生产和门禁管理制度，施工前办理动火、登高等作业许可。因乙方原因造成人身伤害或财产损失的，由乙方负责。乙方应为其现场人员购买意外伤害保险，特种作业人员须持证上岗。改造期间乙方应设专职安全员，每日开工前进行安全交底，并在作业区域设置警示标识和隔离措施，完工后及时清理现场。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交台州仲裁委员会仲裁，仲裁裁决是终局的。
H:第十四条 其他
P:本合同附件包括：技术规格书、设备清单、备品备件清单及改造实施计划，附件为本合同不可分割的组成部分。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：                乙方（盖章）：
"""

Z03 = """马来语培训连锁门店预约及会员管理系统服务合同

合同编号：MLY-SaaS-2027-008
甲方：广州启言语言培训有限公司（下称“甲方”）
乙方：深圳云课通软件服务有限公司（下称“乙方”）

甲方在华南地区经营三十家马来语培训门店，需要统一的课程预约、排课、会员储值及营销管理系统。乙方提供“云课通”门店管理平台的订阅服务及实施服务。双方根据《中华人民共和国民法典》等法律法规，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方三十家门店开通云课通平台的预约排课、会员管理、储值与课时包、教师课表、微信小程序、营销活动及经营报表模块，每店开通五个后台账号。
2. 平台由乙方部署在境内公有云上，乙方负责平台的运行、升级、备份和安全防护。
3. 服务期内乙方免费提供平台的功能升级和缺陷修复，并保证与微信支付、支付宝及甲方使用的财务软件接口持续可用；接口规则变化的，乙方应在其生效前完成适配。
4. 乙方提供工作日九点至二十一点的在线客服和电话支持，并为甲方指定一名客户成功经理，每季度向甲方提交服务报告，内容包括可用率、故障处理、需求响应及门店使用情况分析。
（二）实施服务
1. 乙方负责将甲方现有的会员、课时余额、储值余额、教师及课程数据迁移至平台，并完成小程序页面、课程体系、门店权限的配置。
2. 乙方应为各门店店长和前台人员提供线上培训，并为总部运营人员提供两次现场培训。
3. 乙方应在合同签订后五日内提交实施计划，明确数据迁移批次、门店切换顺序和回退措施。门店切换应避开周末授课高峰，切换当日乙方应安排专人在线值守。

二、服务期限
（一）本合同服务期为两个服务年度。第一个服务年度自上线验收合格之日起计算，第二个服务年度自第一个服务年度届满次日起计算。
（二）服务期届满前三十日内，任何一方未书面提出不再续约的，本合同自动续展一个服务年度，续展次数不限。续展期间的订阅费由乙方根据当时的产品价格体系确定，乙方有权上调，并以书面通知甲方为准。

三、费用及支付
（一）订阅费为每店每服务年度人民币玖仟陆佰元，三十家门店每服务年度合计¥288,000，两个服务年度合计¥576,000。
（二）实施费为一次性费用¥126,000。
（三）本合同总金额为人民币柒拾万贰仟元整（¥702,000）。
（四）每个服务年度的订阅费于该服务年度开始后十五日内支付；实施费于上线验收合格后十五日内支付。本合同不设预付款。
（五）甲方逾期支付订阅费超过三十日的，乙方可书面催告；催告后十五日内仍未支付的，乙方可暂停部分后台功能，但不得删除甲方数据或影响会员查询课时余额。
（六）服务期内门店增加的，按每店每服务年度玖仟陆佰元按月折算增收；门店减少的，自下一服务年度起相应减少。

四、实施与验收
（一）乙方应在合同签订后四十五日内完成数据迁移和配置，并提交上线验收申请。
（二）上线验收标准：
1. 会员数量、课时余额、储值余额与甲方原系统导出数据逐条核对一致；
2. 三十家门店的预约、签到、消课、退费流程测试全部通过；
3. 小程序在五百人同时预约时页面响应不超过3秒，后台常用报表在十秒内生成；
4. 连续十日试运行期间无一级故障；
5. 与微信支付、支付宝的对账数据连续五日核对一致，财务报表与门店收款记录相符。
（三）甲方应在收到验收申请后七个工作日内组织验收并出具书面意见；验收不合格的，乙方应整改后重新提交。
（四）乙方逾期完成上线验收的，每逾期一日按本合同总金额的千分之一向甲方支付违约金。
（五）甲方应指定项目联系人，按实施计划提供原系统数据、门店资料和课程信息，并及时确认配置方案。因甲方原因延误的，实施期限相应顺延。

五、服务水平
（一）平台月度可用率不低于99.5%，计划内维护应安排在凌晨零点至六点之间并提前二日通知甲方。
（二）一级故障（平台整体无法登录、预约或支付功能不可用）乙方应在30分钟内响应、3小时内恢复；二级故障（单一功能异常）2小时内响应、次日内解决。
（三）月度可用率未达承诺的，每低0.1个百分点，乙方按当月订阅费的5%给予服务抵扣，当月抵扣合计不超过当月订阅费的一半；一级故障响应超时的，每次抵扣¥1,000。

六、数据安全
（一）乙方应按照网络安全等级保护第二级以上的要求运行平台，对会员手机号、身份证号等个人信息加密存储，设置分级权限并保留操作日志，每日备份数据并异地保存。
（二）发生数据泄露、丢失或被篡改的，乙方应在两小时内通知甲方，配合甲方处置并向主管部门报告；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方向会员承担的赔偿。
（三）乙方运维人员访问甲方生产数据须经审批并留存记录，不得批量导出会员信息。乙方应每年委托第三方机构对平台进行一次安全测评和渗透测试，并将测评结论提交甲方。
（四）会员个人信息的收集和使用应符合《中华人民共和国个人信息保护法》，小程序中的隐私政策由双方共同确认后发布。

七、数据归属
（一）甲方通过平台录入、产生的会员信息、课程记录、交易数据均属于甲方所有。乙方仅为提供本合同服务使用上述数据，不得用于其他目的，不得向任何第三方提供。
（二）合同终止后三十日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在交付确认后删除平台中的甲方数据。

八、知识产权
平台的知识产权归乙方所有。乙方为甲方专门开发配置的小程序页面、课程体系模板及定制报表归甲方所有，甲方可自由使用和修改。乙方保证平台及其交付内容不侵犯任何第三方的知识产权；因此引起第三方索赔的，由乙方负责处理并赔偿甲方因此遭受的全部损失。

九、保密
双方对在合作中知悉的对方商业秘密、技术资料和经营数据负有保密义务，未经对方书面同意不得披露，保密期限至合同终止后三年。乙方应要求其参与本项目的员工遵守本条约定，并对员工的违约行为承担责任。

十、分包
乙方不得将实施服务分包给第三方；确需分包的，须事先取得甲方书面同意。

十一、合同解除
（一）乙方严重违约，或月度可用率连续两个月低于承诺值，经甲方书面通知后十日内未改正的，甲方有权解除本合同，乙方应退还未履行期间的订阅费。
（二）乙方被主管部门责令停业整改，或平台因乙方原因连续中断超过七十二小时的，甲方可立即解除本合同，乙方应退还剩余期间的订阅费并赔偿甲方损失。
（三）甲方因经营调整需要提前终止订阅的，应提前六十日书面通知乙方，已支付的当期订阅费不予退还。
（四）合同解除或终止的，乙方仍应履行本合同第七部分（数据归属）约定的数据返还义务，并在过渡期内保持平台只读访问不少于三十日，协助甲方将数据迁移至新的系统。

十二、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，提交广州仲裁委员会仲裁。

十三、其他
本合同附件包括：平台功能清单、门店清单、实施计划及服务水平说明，附件与本合同具有同等效力。本合同未尽事宜，双方可另行签订补充协议。本合同一式二份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

Z04 = """桥梁顶升监测系统年度运维服务合同

项目名称：桥梁顶升施工监测系统年度运维服务
采购方式：竞争性磋商
合同编号：JT-QL-YW-2027-05
采购人（甲方）：某市交通运输局
供应商（乙方）：南州桥隧测控技术有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，经双方协商一致，签订本合同。

第一条 服务内容
1.1 运维对象为甲方所属跨江大桥、城东立交桥等五座桥梁的顶升施工监测系统，包括位移传感器、压力传感器、倾角仪、数据采集站、通信链路及监测预警平台软件。
1.2 乙方提供的服务包括：日常巡检、设备校准、故障维修、平台软件维护、监测数据质量核查、顶升作业期间的现场值守及月度运维报告。
1.3 乙方应在服务开始后十五日内完成全部设备的现状普查，对故障和老化设备列出清单并提出处置建议，经甲方确认后纳入维修计划。
1.4 顶升作业期间，乙方应派员驻场值守，实时核对位移和压力数据，发现超限时立即通知现场施工和监理单位，并协助处置。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。乙方应在服务期开始前完成与原运维单位的交接，核对设备清单、账号权限及运维档案，交接中发现的问题应书面报告甲方。服务期满后，甲方可根据考核结果和预算安排重新组织采购，本合同不自动续期。

第三条 服务费用及支付
3.1 年度运维服务费为人民币伍拾陆万捌仟元整（¥568,000），为固定总价，包含人工、备品备件、校准、交通及税费。
3.2 服务费按季度支付。每季度结束后，甲方对乙方进行季度考核，考核合格的，甲方于考核完成后十五个工作日内支付当季服务费¥142,000；考核扣款在当季服务费中直接扣除。
3.3 乙方应在每次付款前开具合法有效的发票。
3.4 服务期内因桥梁新增顶升作业需要增加监测点的，增加的设备由甲方另行采购，相应的运维费用按响应文件中的单价计算，经双方书面确认后执行。

第四条 服务标准
4.1 乙方每月对全部监测点进行一次巡检，每季度完成一次传感器校准，校准结果应留存记录并报甲方。巡检内容包括传感器安装状态、线缆及接头、供电和通信状况、采集站运行日志以及平台数据与现场读数的比对。
4.2 监测预警平台年度可用率不低于99.95%，监测数据完整率不低于99%。
4.3 一级故障（监测预警平台中断、数据采集站离线或预警功能失效）乙方应在接到通知后6小时内响应并开始处理，24小时内修复；二级故障（单个传感器失效）应在一个工作日内响应，三个工作日内修复。
4.4 乙方应于每月五日前提交上月运维报告，内容包括巡检记录、故障处理、数据质量分析和设备状态评估。
4.5 乙方应在本市设立备件库，储备不少于各类传感器在用数量一成的备品，以及数据采集站主板、电源模块、通信模块等关键备件，确保故障件能够及时更换。备件库存清单每季度报甲方核查。
4.6 汛期、台风、冰冻等恶劣天气来临前，乙方应对全部监测点开展专项检查，加固室外设备和线缆，检查防雷接地；恶劣天气期间实行二十四小时值班，并按甲方要求加密数据核查频次。
4.7 乙方应建立设备台账，记录每台设备的型号、安装位置、校准日期、维修及更换情况，服务期满时完整移交甲方。
4.8 平台软件的缺陷修复、操作系统和数据库补丁更新由乙方负责，更新前应在测试环境验证，并在非作业时段实施；重大变更须提前三个工作日报甲方批准，变更失败的应立即回退。

第五条 考核与扣款
5.1 甲方按照磋商文件所附考核细则进行季度考核，考核得分低于八十分的为不合格。
5.2 一级故障超过规定时限未响应或未修复的，每超时一小时扣款¥500；平台年度可用率或数据完整率未达承诺值的，每低0.1个百分点扣款¥2,000。
5.3 乙方未按期完成巡检、校准或提交报告的，每逾期一日按年度运维服务费的千分之一向甲方支付违约金，在当季服务费中扣除。
5.4 季度考核结果应由双方签字确认。乙方对考核结果有异议的，可在收到结果后五个工作日内提出书面复核申请，甲方应在五个工作日内答复。
5.5 年度服务期满，甲方组织年度验收，验收标准为：四个季度考核均合格；全部设备完好率不低于98%；运维档案完整并移交甲方。

第六条 数据安全
6.1 监测数据、设备参数及平台运行记录均属于甲方所有，乙方仅为履行本合同使用，不得向任何第三方提供，不得用于其他项目或商业目的。
6.2 乙方应按照网络安全等级保护第二级的要求开展平台运维，落实平台账号分级管理、访问日志留存和数据定期备份，远程维护须经甲方批准并通过专用通道进行。
6.3 因乙方原因导致数据丢失、篡改或外泄的，乙方应立即报告甲方，采取补救措施，并承担由此造成的全部损失。
6.4 服务期满或合同解除时，乙方应向甲方移交全部监测数据、账号权限和系统配置，并删除其持有的甲方数据副本，书面确认删除情况。

第七条 知识产权
乙方在服务过程中形成的运维报告、校准记录、数据分析成果及为甲方编写的脚本、程序归甲方所有，甲方可自行使用、修改或交由其他单位使用。

第八条 人员要求
8.1 乙方应配备项目负责人一名、运维工程师不少于三名，其中至少一名具备桥梁检测相关资格证书。人员名单应在服务开始前报甲方备案，更换须经甲方同意。
8.2 乙方人员进入施工现场应遵守安全操作规程，佩戴安全防护用品，因乙方原因造成的安全事故由乙方负责。
8.3 乙方应在服务期内为甲方桥梁管理人员组织不少于两次的系统操作和数据解读培训，并提供培训资料。培训时间和内容由甲方确定，培训费用已包含在年度运维服务费中，乙方不得另行收费。

第九条 甲方的权利和义务
9.1 甲方负责协调桥梁管养单位和施工单位，为乙方进场作业提供必要的通行和作业条件，并提供系统建设期的竣工资料和设备清单。
9.2 甲方有权随时检查乙方的服务情况，对不符合要求的工作提出整改意见，乙方应在规定期限内整改完毕并书面回复。

第十条 分包
乙方不得将本合同的服务分包或转包。

第十一条 违约责任
11.1 乙方未按本合同提供服务或服务质量不符合约定的，甲方有权要求限期改正，并按第五条扣款。
11.2 因乙方原因未能及时发现或报告监测数据超限，造成工程事故或损失的，乙方应承担赔偿责任。
11.3 乙方违反第六条约定的，甲方有权要求乙方立即整改，并可视情节暂停支付当季服务费，直至整改完成且经甲方书面确认。

第十二条 合同解除
乙方连续两个季度考核不合格，或发生严重违约经甲方书面通知后十日内仍未改正的，甲方有权解除本合同，并按实际服务期间结算费用。乙方应在合同解除后十日内完成交接，配合甲方或新的服务单位接管系统，交接期间不得中断监测。

第十三条 争议解决
因本合同引起的争议，双方应协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十四条 其他
本合同的附件包括：竞争性磋商文件、乙方响应文件、考核细则、监测点及设备清单，附件为本合同不可分割的组成部分。本合同自双方签字盖章之日起生效，一式五份，甲方三份，乙方二份。

甲方（盖章）：                    乙方（盖章）：
"""

Z05 = """# 竹韵工序追溯管理系统 软件许可及定制开发合同

**（青竹数科标准合同文本 QZ-HT-2026 版）**

合同编号：QZ-2027-0412

甲方：临安竹境竹刻艺术工坊有限公司

乙方：杭州青竹数字科技有限公司

甲方拟在其竹刻工坊内建立从选竹、蒸煮、烘干、雕刻、打磨到上漆、包装的工序追溯管理体系，乙方同意向甲方提供“竹韵工序追溯管理系统”软件许可及定制开发服务。双方经协商，依据《中华人民共和国民法典》订立本合同。

## 第一条 合同标的与价格

1.1 乙方向甲方提供竹韵工序追溯管理系统标准版软件许可（单工坊部署，并发用户五十个），并按甲方需求进行定制开发，包括：工序流转卡、扫码报工、作品一物一码档案、匠人工时统计及作品溯源查询小程序。

1.2 合同总价为人民币陆拾伍万元整，明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 竹韵工序追溯管理系统软件许可（永久） | 455,000 |
| 2 | 定制开发（工序卡、扫码报工、作品档案、溯源小程序） | 148,000 |
| 3 | 实施部署及培训 | 47,000 |
| | 合计 | 650,000 |

1.3 系统的功能范围以乙方标准产品功能清单及双方确认的需求调研记录为准，未列明的功能不属于本合同范围，甲方需要的可另行签订合同。

1.4 本合同价格为乙方优惠报价，仅适用于本合同，不作为甲方后续采购的报价依据。

1.5 上述价格不含甲方现场所需的扫码枪、标签打印机、服务器及网络设备，该等设备由甲方自行采购。

## 第二条 付款方式

2.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即人民币422,500元。

2.2 系统上线运行后五个工作日内，甲方向乙方支付合同总价的35%，即人民币227,500元。

2.3 乙方收款后向甲方开具增值税普通发票。甲方要求开具专用发票的，应提供完整的开票信息。

2.4 甲方逾期付款的，乙方有权暂停实施和技术服务，由此造成的工期延误由甲方负责。

## 第三条 实施与交付

3.1 乙方在收到本合同第2.1条款项后开始实施，计划于九十日内完成系统部署和定制开发并上线运行。

3.2 甲方应提供实施所需的场地、网络、工序资料及人员配合。因甲方原因造成延误的，工期顺延。

3.3 乙方交付的文档包括用户手册和安装说明。系统的设计文档、数据库结构说明及源代码不属于交付范围。

3.4 乙方将指派项目经理一名负责实施，并根据项目进度安排实施顾问和开发人员，人员安排由乙方根据工作需要自行调整。

3.5 甲方应在乙方提交需求调研记录后五个工作日内确认；逾期未确认的，视为甲方同意调研记录内容。需求确认后甲方提出变更的，乙方有权另行收取费用并相应顺延工期。

3.6 乙方为甲方工坊管理人员及各工序班组长提供一次集中培训，培训时长不超过两天。额外培训按乙方的人天单价另行收费。

## 第四条 验收

4.1 本合同所称“上线运行”，是指系统部署完成、甲方用户可以登录并开始录入工序数据。

4.2 系统上线运行即视为甲方验收合格。

4.3 甲方在上线后对系统提出的修改意见，乙方将酌情在后续版本中予以考虑，是否采纳及采纳的时间由乙方决定。

## 第五条 免费维护期及维护服务

5.1 免费维护期为六个月，自系统上线运行之日起算。免费维护期内乙方提供远程技术支持和缺陷修复。

5.2 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的28%，即每年人民币127,400元，于每个维护年度开始前支付。

5.3 免费维护期内，乙方提供工作日九点至十八点的电话及远程支持，现场服务每次另行收取差旅费用。

5.4 一级故障（系统无法登录或报工功能不可用）乙方在2小时内响应，其他故障在两个工作日内响应。乙方将尽力在合理时间内排除故障。

5.5 年度维护服务包括缺陷修复、小版本升级和远程技术支持，不包括新功能开发、大版本升级及因甲方业务变化产生的配置调整，上述工作按乙方当年的人天单价另行收费。

5.6 甲方不购买年度维护服务的，乙方不再提供任何技术支持，系统因此出现的问题由甲方自行承担。甲方中断购买维护服务后再次购买的，应补缴中断期间的维护费。

## 第六条 知识产权

6.1 软件许可及定制开发成果（包括工序卡模板、扫码报工程序、作品档案模块、溯源小程序及其源代码）的知识产权均归乙方所有。

6.2 甲方在本合同有效期内享有上述成果的非独占使用权，不得对其进行修改、反向工程或许可第三方使用。

6.3 乙方可将为甲方开发的功能模块纳入其标准产品，向其他客户销售或提供。

## 第七条 数据

7.1 甲方在系统中录入的工序、作品、匠人信息属于甲方。

7.2 甲方同意，乙方可将系统运行中产生的数据进行脱敏处理后，用于乙方产品改进、行业分析及向其他客户提供的行业报告。

7.3 乙方采取访问控制、加密传输、每日备份等措施保护系统数据安全。发生数据泄露的，乙方应在二十四小时内通知甲方，并对因其过错造成的数据泄露承担赔偿责任。

7.4 合同终止后，甲方需要导出历史数据的，乙方按实际工作量收取数据导出服务费，导出格式由乙方确定。

## 第八条 保密

双方对因本合同知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内有效。乙方为履行本合同向其员工及合作方提供甲方信息的，不视为违反本条约定。

## 第九条 违约责任

9.1 乙方逾期上线的，每逾期一日按合同总价的万分之二向甲方支付违约金。

9.2 乙方在本合同项下的全部赔偿责任，以合同总价的20%为限。

9.3 任何一方均不对对方的间接损失、利润损失承担责任。

9.4 系统上线后，甲方发现的问题由乙方按第五条处理，甲方不得以系统存在问题为由拒付或迟延支付合同款项。

9.5 因甲方的服务器、网络或其他第三方软件造成的故障，以及甲方擅自修改系统配置造成的损失，乙方不承担责任。

## 第十条 不可抗力

因地震、洪水、火灾、疫情、政府行为、网络运营商故障等不能预见、不能避免并不能克服的情况致使合同不能履行的，受影响一方不承担责任，但应及时通知对方并在事件消除后继续履行。

## 第十一条 合同解除

任何一方严重违约，经守约方书面通知后三十日内仍未纠正的，守约方可书面通知解除本合同。合同解除的，乙方已收取的款项中对应已完成工作的部分不予退还，软件许可费在系统部署后不予退还。

## 第十二条 法律适用及争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十三条 其他

13.1 乙方有权在其宣传材料和客户名单中使用甲方的名称和标识。

13.2 双方的通知以书面形式发送至本合同首页所列地址或电子邮箱，发出后三日视为送达。

13.3 本合同的附件包括：乙方标准产品功能清单、需求调研记录、报价单。附件与本合同正文不一致的，以本合同正文为准。本合同未尽事宜，以乙方官方网站公布的服务条款为准。

13.4 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：　　　　　　乙方（盖章）：
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. WLD-CN-2027-014
P:This Agreement is made between Suzhou Lanting Food Packaging Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Suzhou, Jiangsu Province (the "Customer"), and Wolds Quality Systems Ltd, a company registered in England with its registered office at Market Place, Driffield, East Riding of Yorkshire (the "Supplier").
P:The Customer wishes to acquire a perpetual licence to the Supplier's quality management and batch traceability software, together with configuration, interface development, data migration and training services, for its two packaging plants in Suzhou and Kunshan. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Supplier's QualiTrace product, version 8, in object code, including the modules for supplier quality, incoming inspection, batch genealogy, non-conformance and corrective action, and document control.
P:1.2 "Custom Deliverables" means the interfaces to the Customer's ERP and weighing systems, the plant-specific inspection templates, reports, scripts and any other work product created by the Supplier specifically for the Customer under this Agreement, with their source code and documentation.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the acceptance criteria are met.
P:1.4 "Contract Price" means the total price stated in Article 3.1.
H:Article 2 Licence and Services
P:2.1 The Supplier grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software for its own business at its plants in the People's Republic of China, for up to 180 named users, including use by its contractors acting on its behalf.
P:2.2 The Supplier shall install and configure the Software on the Customer's servers in Suzhou, develop the Custom Deliverables, migrate the open batch records and supplier master data from the Customer's current spreadsheets and legacy database, and train the Customer's key users and administrators.
P:2.3 Training shall consist of three days of administrator training and five days of key-user training at each plant, delivered in Mandarin with Chinese-language materials, and the Supplier shall provide recorded video lessons that the Customer may use internally without limit.
P:2.4 The Supplier shall appoint a named project manager who speaks Mandarin and shall not replace that person without the Customer's consent, which shall not be unreasonably withheld.
H:Article 3 Price and Payment
P:3.1 The Contract Price is CNY 1,880,000, made up of the Licence Fee of CNY 1,380,000, implementation services of CNY 452,000 and training of CNY 48,000. The Contract Price is fixed and includes all taxes, travel and expenses.
P:3.2 The Customer shall pay 20% of the Contract Price (CNY 376,000) within 20 days after signature of this Agreement against the Supplier's invoice.
P:3.3 The Customer shall pay 45% of the Contract Price (CNY 846,000) within 20 days after the Supplier has installed the Software and the Customer has signed the system test report. Signature of the system test report is not acceptance.
P:3.4 The Customer shall pay the balance of 35% of the Contract Price (CNY 658,000) within 20 days after Final Acceptance.
P:3.5 Invoices shall be issued in CNY. The Supplier shall provide the documents the Customer reasonably needs for foreign exchange and tax filing.
H:Article 4 Timetable and Delay
P:4.1 The Supplier shall complete installation within 60 days and submit the system for acceptance testing within 150 days after signature of this Agreement, in accordance with the project plan in Annex 2.
P:4.2 If the Supplier fails to submit the system for acceptance testing on time for reasons within its control, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. Liquidated damages do not relieve the Supplier of its obligation to complete the work.
H:Article 5 Acceptance
P:5.1 Acceptance testing shall take place at the Customer's plants in accordance with the test plan agreed in writing by the parties.
P:5.2 The acceptance criteria are: all functions listed in Annex 1 work as specified; batch genealogy from raw material lot to finished pallet is traced in full for a sample of 200 batches; the ERP and weighing interfaces run for 20 consecutive working days without data loss; standard reports open within 3 seconds with 60 concurrent users; and no Severity 1 or Severity 2 defect is open.
P:5.3 When the criteria are met, the Customer shall issue a written Final Acceptance certificate within 10 working days. Installation, productive use or payment does not in itself constitute acceptance. If the tests fail, the Supplier shall correct the defects at its own cost and repeat the tests.
H:Article 6 Warranty and Support
P:6.1 The Supplier warrants that the Software and the Custom Deliverables will perform in accordance with the documentation and Annex 1 for 18 months after Final Acceptance. During the warranty period the Supplier shall correct defects free of charge and provide all updates and new versions it releases.
P:6.2 The Supplier shall respond to Severity 1 incidents (the Software is unavailable at a plant, or batch records cannot be created) within one hour, at any time, and shall provide a workaround within eight hours. Severity 2 incidents shall receive a response within two business hours.
P:6.3 For each full hour by which the Supplier misses a response or workaround time for a Severity 1 incident, it shall credit the Customer CNY 1,200 against the next payment or support invoice.
P:6.4 After the warranty period the Customer may buy annual support. The annual support fee shall not exceed 11% of the Licence Fee (CNY 151,800 per year) and shall not be increased for the first three years after the warranty period. Support is ordered year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Supplier and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Supplier shall deliver their source code at Final Acceptance, and the Customer may use, modify and license them freely.
P:7.3 The Supplier shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 8 Customer Data and Data Security
P:8.1 All data entered into or generated by the Software, including batch, supplier and inspection data, belongs to the Customer. The Supplier shall use it only to perform this Agreement and shall not keep copies after the work is completed.
P:8.2 The Supplier shall access the Customer's systems only through the Customer's VPN with individual accounts and multi-factor authentication, shall follow the Customer's information security rules and the Data Security Law and Personal Information Protection Law of the People's Republic of China, and shall not transfer Customer data outside mainland China.
P:8.3 The Supplier shall notify the Customer of any actual or suspected security incident affecting Customer data within 12 hours and shall bear the costs and losses caused by an incident attributable to it.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement and not disclose it to third parties without prior written consent, during the term and for five years after it ends.
H:Article 10 Limitation of Liability
P:The total liability of each party under this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to liability for personal injury, fraud, wilful misconduct, or breach of Articles 7.3, 8 or 9.
H:Article 11 Subcontracting
P:The Supplier shall not subcontract any part of the services without the Customer's prior written consent. The Supplier remains responsible for the acts of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of it.
P:12.2 The Customer may also terminate if the liquidated damages under Article 4.2 reach their maximum. On termination by the Customer, the Supplier shall refund the amounts paid for work not accepted and hand over all Custom Deliverables in their current state.
H:Article 13 Governing Law and Jurisdiction
P:This Agreement and any dispute arising out of it shall be governed by the laws of England and Wales. The courts of England shall have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Functional Specification) and Annex 2 (Project Plan), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is made in English and Chinese. Both versions have equal force.
P:14.3 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event lasts more than 60 days, either party may terminate by written notice.
P:14.4 Notices shall be given in writing to the addresses stated above, or to such other address as a party notifies.
P:Signed for the Customer: ____________________    Signed for the Supplier: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS

**Provider:** Wolds Lane Field Software Ltd, Railway Street, Pocklington, East Riding of Yorkshire, England

**Customer:** Hangzhou Fuyun Elevator Maintenance Co., Ltd., Binjiang District, Hangzhou, People's Republic of China

**Order Form No.:** WLF-OF-2027-0093

## PART A ORDER FORM

### A1 Service

The Provider will provide the FieldRoute field-service management service (the "Service"): work-order dispatch, preventive maintenance scheduling for lifts and escalators, technician mobile app, spare-parts tracking, customer sign-off and reporting. The Service is hosted for the Customer on a cloud platform located in mainland China. The Customer's dispatchers at its head office and nine branch offices will use the web console, and its technicians will use the mobile app on company phones.

### A2 Subscription Term

The initial Subscription Term is two Subscription Years. The first Subscription Year starts on the Go-Live Date, which is the date on which the Customer signs the Go-Live certificate under A5. Each later Subscription Year starts on the anniversary of the Go-Live Date.

### A3 Fees

| Item | Quantity | Unit fee (CNY) | Amount (CNY) |
|---|---|---|---|
| Subscription Year 1, technician users | 240 | 1,150 | 276,000 |
| Subscription Year 2, technician users | 240 | 1,150 | 276,000 |
| Onboarding (configuration, data import, two interfaces, training) | one-time | 68,000 | 68,000 |
| **Total fees for the initial Subscription Term** | | | **620,000** |

All fees are in Chinese yuan (CNY) and include VAT. Additional users may be added at the same unit fee, pro rata to the end of the current Subscription Year.

### A4 Invoicing and Payment

(a) The Onboarding fee is invoiced when the Customer signs the Go-Live certificate.

(b) The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.

(c) The Customer shall pay each correct invoice within 30 days of receipt. No amount is payable before the Go-Live Date.

### A5 Onboarding and Go-Live

(a) The Provider shall complete onboarding within 60 days after signature of this Order Form. Onboarding includes configuration of the Customer's maintenance contracts, sites and equipment registers, import of open work orders and 18 months of maintenance history, an interface to the Customer's ERP for spare parts, an interface to the Customer's elevator monitoring platform for fault alarms, and training of dispatchers and technicians.

(b) Go-Live criteria: all imported records reconcile with the Customer's source files; the two interfaces run for ten consecutive working days without failed messages; a dispatcher can create and assign a work order and the technician receives it in the app within 30 seconds; and 20 pilot technicians at two branches complete their work orders in the app for ten working days without a Priority 1 incident.

(c) When the criteria are met, the Customer shall sign the Go-Live certificate within five working days, or state in writing which criteria are not met. Use of the Service during the pilot is not acceptance.

(d) If onboarding is not completed on time for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 for each day of delay, deducted from the Onboarding fee.

### A6 Service Levels

(a) Availability: the Service will be available 99.95% of each calendar month, excluding scheduled maintenance notified five days in advance and carried out between 00:00 and 05:00 China Standard Time.

(b) Support response times:

| Priority | Description | Response time | Workaround target |
|---|---|---|---|
| Priority 1 | Service unavailable, or dispatch not possible | 30 minutes, 24 x 7 | 3 hours |
| Priority 2 | A major function impaired | 2 hours, business days | 1 business day |
| Priority 3 | Minor issue or question | 1 business day | next release |

(c) Service credits: for each 0.1 percentage point of monthly availability below the commitment, 5% of the monthly equivalent of the subscription fee; for each Priority 1 response that is late, CNY 800. Credits are deducted from the next invoice.

## PART B GENERAL TERMS

### 1. Definitions and Order of Precedence

1.1 "Customer Data" means all data the Customer or its users enter into the Service or that the Service generates from it, including customer, site, equipment, work-order and technician data.

1.2 "Customer Configurations" means the workflows, forms, report templates and interface mappings the Provider builds specifically for the Customer.

1.3 If Part A and Part B conflict, Part A prevails.

### 2. Use of the Service

2.1 The Provider grants the Customer and its users a non-exclusive right to use the Service during the Subscription Term for the Customer's internal business.

2.2 The Customer is responsible for its users' compliance with these General Terms and for keeping user credentials confidential.

2.3 The Customer shall not resell the Service, use it to build a competing product, or attempt to reverse engineer it, except to the extent the law allows.

2.4 The Provider may update the Service from time to time, provided that an update does not materially reduce the functions described in A1. The Provider shall publish release notes in Chinese at least ten days before each major release, and shall keep the technician app working on the two most recent versions of Android and iOS.

### 3. Customer Data

3.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Service to the Customer and shall not use it for any other purpose.

3.2 On expiry or termination, the Provider shall make the Customer Data available for export in CSV and JSON for 60 days, and shall then delete it.

### 4. Intellectual Property

4.1 The Provider retains all rights in the Service and its software.

4.2 Customer Configurations belong to the Customer. The Customer may use, modify and let third parties use them, also after the Subscription Term.

### 5. Confidentiality

5.1 Each party shall keep the other party's Confidential Information confidential, use it only for the purposes of this agreement, and disclose it only to its employees and advisers who need to know it and are bound by similar duties.

5.2 These duties continue for five years after the end of the Subscription Term.

### 6. Renewal

6.1 At the end of the initial Subscription Term, the subscription renews automatically for successive Subscription Years unless either party gives notice of non-renewal at least 60 days before the end of the current Subscription Year.

6.2 The Provider may increase the subscription fees for any renewal Subscription Year by giving the Customer notice at least 90 days before the renewal date. The increased fees apply from the renewal date.

### 7. Warranties

7.1 The Provider warrants that the Service will perform materially in accordance with its documentation and that it will provide the onboarding services with reasonable skill and care.

7.2 The Provider shall defend the Customer against any third-party claim that the Service infringes intellectual property rights, and shall pay any damages finally awarded.

7.3 If the Service does not perform as warranted, the Provider shall correct it without charge. If the Provider cannot correct a material failure within 30 days after notice, the Customer may terminate the affected part of the Service and receive a refund of the fees paid for the period after termination.

### 8. Limitation of Liability

8.1 Each party's total liability under this agreement is limited to 150% of the total fees for the initial Subscription Term.

8.2 The limit does not apply to the Provider's obligations under clauses 4 and 7.2, to breach of clause 5, or to liability for fraud or wilful misconduct.

### 9. Subcontracting

The Provider shall not subcontract any part of the Service or the onboarding without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor.

### 10. Termination

10.1 Either party may terminate this agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

10.2 If the Customer terminates under clause 10.1, the Provider shall refund the prepaid subscription fees for the period after termination.

### 11. Governing Law and Disputes

This agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

### 12. General

12.1 Notices shall be in writing and sent to the addresses in this Order Form. Operational communications, such as maintenance notices and release notes, may be sent by e-mail to the contacts named by each party.

12.2 This agreement is the entire agreement between the parties on its subject. It may be amended only in writing signed by both parties.

12.3 Neither party is liable for failure or delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and resumes performance as soon as possible. This clause does not excuse the Customer's payment obligations.

12.4 This Order Form is signed in English and Chinese. If the versions differ, the Chinese version prevails.

**For the Customer:** ____________________ **For the Provider:** ____________________
"""

E03 = """T:Purchase Contract for Condition Monitoring Sensors and Software
P:Contract No. HXC-EQ-2027-031
P:Buyer: Anhui Huaxin Tongling Cement Co., Ltd., Tongling, Anhui Province, People's Republic of China (the "Buyer")
P:Supplier: Wharfe Sensing Technologies Ltd, Kirkgate, Tadcaster, North Yorkshire, England (the "Supplier")
P:This Contract is issued on the Buyer's standard terms for equipment and software purchases. The Supplier will supply wireless vibration and temperature sensors, gateways and a perpetual licence to its condition monitoring software for the Buyer's two clinker production lines, and will install, configure and commission the system.
H:1. Scope of Supply
P:1.1 The Supplier shall supply the equipment and software listed in clause 2, install the sensors on the kiln drive, raw mill, cement mills, fans and conveyors identified in the site survey, install the gateways and the software on the Buyer's servers, configure alarm thresholds for each machine, and integrate the system with the Buyer's distributed control system and maintenance management system.
P:1.2 The Supplier shall complete a site survey within 20 days after signature and submit a detailed installation plan, including the mounting method for each measuring point, the radio coverage plan and the schedule of any work that requires a line stop. Work requiring a line stop may only be carried out during the Buyer's planned maintenance shutdowns.
P:1.3 The Supplier shall provide a project manager who is available on site during installation and commissioning, and shall ensure that all of its personnel and any approved subcontractors follow the Buyer's plant safety rules, including the permit-to-work procedure for hot work, confined spaces and work at height. The Buyer may require the removal of any person who breaches those rules.
P:1.4 All equipment shall be new, of the models stated in the Supplier's tender, certified for use in dusty industrial environments, and delivered with certificates of origin, test reports and manuals in Chinese and English.
H:2. Contract Price
P:2.1 The Contract Price is CNY 2,200,000, as itemised below:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor|180|6,200|1,116,000
TB:2|Industrial gateway with mounting kit|14|18,500|259,000
TB:3|Condition monitoring software, perpetual licence, unlimited users|1|486,000|486,000
TB:|Hardware and Licence Subtotal|||1,861,000
TB:4|Installation and commissioning|||214,000
TB:5|Analytics configuration and DCS / CMMS integration|||97,000
TB:6|Training|||28,000
TB:|Contract Price|||2,200,000
P:2.2 The Contract Price is a fixed price, delivered duty paid to the Buyer's plant, and includes all taxes, duties, freight, insurance, travel and expenses of the Supplier.
H:3. Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 220,000) within 15 working days after signature of this Contract, against an advance payment guarantee issued by a bank in China for the same amount.
P:3.2 Installation payment: 55% of the Contract Price (CNY 1,210,000) within 20 working days after the Buyer signs the Installation Certificate confirming that all equipment has been delivered and installed. The Installation Certificate is not acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 770,000) within 20 working days after the Buyer signs the Final Acceptance Certificate.
P:3.4 The Supplier shall issue a valid VAT invoice before each payment.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver all equipment to the plant within 75 days and complete installation within 120 days after signature of this Contract.
P:4.2 If the Supplier fails to deliver or complete installation on time, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct liquidated damages from any payment due.
H:5. Acceptance
P:5.1 After installation the system shall run for a trial period of 45 days. Final acceptance tests shall then be carried out jointly by the parties.
P:5.2 The acceptance criteria are: every sensor transmits valid data at each scheduled interval over the last 15 days of the trial, apart from gaps caused by planned line stops; the measured vibration values agree with the Buyer's portable reference analyser within 5% at ten sample points; alarms reach the DCS and create work orders in the maintenance management system within one minute; battery life forecasts are shown for every sensor; and no open Severity 1 defect remains.
P:5.3 When all criteria are met, the Buyer shall sign the Final Acceptance Certificate within ten working days. Delivery, installation, use of the system in production or payment shall not be deemed acceptance. If the tests fail, the Supplier shall remedy the defects at its cost and the tests shall be repeated.
H:6. Warranty and After-Sales Support
P:6.1 The Supplier warrants the equipment and software for 24 months after the date of the Final Acceptance Certificate. During the warranty period the Supplier shall repair or replace any defective equipment free of charge, including batteries that fail before their rated life, and provide software updates and bug fixes free of charge.
P:6.2 Severity levels and response times during the warranty period are as follows:
TB:Severity|Definition|Response|Restoration
TB:Severity 1|Monitoring of a kiln or mill drive lost, or the software unavailable|1 hour|8 hours
TB:Severity 2|Several sensors or one gateway offline|2 hours|2 working days
TB:Severity 3|Single sensor fault or minor software issue|1 working day|5 working days
P:6.3 For each full hour by which the Supplier misses a response or restoration time for a Severity 1 or Severity 2 fault, it shall pay the Buyer CNY 1,000, deducted from any sum due or claimed under the performance guarantee.
P:6.4 After the warranty period, the Supplier shall offer annual support at a fee of 7.5% of the Hardware and Licence Subtotal (CNY 139,575 per year). This fee is fixed for the first three years after the warranty period. Annual support is ordered by the Buyer year by year and does not renew automatically.
H:7. Data and Data Security
P:7.1 All measurement data, alarms, machine configurations and reports produced by the system belong to the Buyer. The Supplier shall use them only for performing this Contract and shall not copy, transfer or analyse them for any other purpose.
P:7.2 The software shall be installed on the Buyer's own servers. The Supplier may access the system remotely only through the Buyer's VPN, with a named account approved for each session and logged by the Buyer. The Supplier shall follow the Buyer's security rules for industrial control networks and shall not connect any device to them without the Buyer's approval.
P:7.3 The Supplier shall report any security incident involving the system or the Buyer's data within 12 hours and shall be liable for losses caused by incidents attributable to it.
H:8. Intellectual Property
P:8.1 The machine models, alarm rules, dashboards and interface programs developed for the Buyer under this Contract, with their source code and documentation, belong to the Buyer, which may use and modify them freely.
P:8.2 The software and sensor firmware remain the property of the Supplier, which grants the Buyer a perpetual licence to use them with the equipment.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's plant, production processes, equipment condition and business that it receives under this Contract, and shall not disclose it to any third party without the Buyer's prior written consent.
P:9.2 This obligation continues for five years after the end of the warranty period. The Supplier shall ensure that its employees and approved subcontractors are bound by equivalent obligations.
H:10. Liability
P:The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for personal injury, wilful misconduct, infringement of third-party rights and breach of clauses 7 and 9, for which no limit applies.
H:11. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Installation work at height or inside mills shall be carried out only by personnel holding the required Chinese certificates.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier is in material breach and does not remedy the breach within 20 days after written notice, or if the delay damages under clause 4.2 reach their maximum.
P:12.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for equipment and services not accepted and compensate the Buyer's additional costs.
H:13. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the people's court with jurisdiction where the Buyer is domiciled.
H:14. Miscellaneous
P:14.1 This Contract is made in Chinese and English, and both versions have equal effect. Neither party may assign this Contract without the other party's prior written consent. Amendments must be made in writing and signed by authorised representatives of both parties.
P:14.2 The Supplier's tender and the site survey report are annexed to this Contract. If they conflict with this Contract, this Contract prevails.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.:** ADL-MSA-2027-06

**Customer:** Chengdu Jinrong Cold Chain Logistics Co., Ltd., Shuangliu District, Chengdu, Sichuan Province, People's Republic of China

**Service Provider:** Chevin Managed Services Ltd, Kirkgate, Otley, West Yorkshire, England, acting through its service centre in Chengdu

This Agreement sets out the terms on which the Service Provider will provide managed IT services to the Customer's head office, regional distribution centres and cold-store warehouses for a term of 36 months.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer confirms in writing that transition is complete under clause 4.

1.3 "Service Levels" means the response and resolution targets in Schedule 2.

1.4 "Customer Data" means all data of the Customer, its employees and its customers that the Service Provider receives, accesses or processes in providing the Services.

## 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date.

2.2 This Agreement expires at the end of the 36 months unless the parties agree in writing to extend it. There is no automatic renewal.

## 3. Services

3.1 The Service Provider shall provide the Services in Schedule 1 in accordance with good industry practice, the Customer's IT policies as notified to it, and applicable laws of the People's Republic of China.

3.2 The Service Provider shall provide a service manager based in Chengdu who will be the Customer's single point of contact, attend monthly service reviews, and submit a monthly service report showing performance against the Service Levels, open incidents, problems and changes.

3.3 The Service Provider shall keep the staffing levels stated in its proposal, including at least two on-site engineers in Chengdu during business days, and shall not replace the service manager without consulting the Customer. All engineers working on site shall speak Mandarin and shall be trained in the Customer's cold-store safety procedures before their first visit.

3.4 The Service Provider shall propose improvements to the Customer's IT environment at least twice a year, with estimated costs and benefits, for the Customer's consideration.

3.5 The Customer shall give the Service Provider's engineers access to its sites, systems and information as reasonably required, and shall appoint an IT coordinator at each site.

## 4. Transition

4.1 The Service Provider shall take over the Services from the Customer's current provider during a transition period that is planned to last 45 days after signature, following the transition plan agreed by the parties.

4.2 Transition is complete when: all configuration items listed in the asset inventory are verified and recorded in the Service Provider's service management tool; all open tickets are migrated; monitoring is active for all servers and network devices in Schedule 1; the service desk has handled live calls for ten working days in parallel with the current provider; and the run books for backup and restore have been tested with a successful restore. The Customer shall confirm completion in writing within five working days after the criteria are met.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The total charges for the term are CNY 2,184,000.

5.2 The monthly service charge is invoiced monthly in arrears. The transition charge is invoiced after the Service Commencement Date.

5.3 The Customer shall pay each correct invoice within 30 days. The charges are fixed for the term, except for changes in the number of supported users or sites agreed under clause 5.4.

5.4 If the number of supported users changes by more than 10% from the baseline in Schedule 3, the parties shall agree an adjustment to the monthly charge in proportion to the change.

## 6. Service Levels

6.1 The Service Provider shall meet the Service Levels in Schedule 2.

6.2 If a Service Level is missed in any month, the Service Provider shall explain the cause in the monthly service report and agree a service improvement plan with the Customer. The parties shall review the plan at the next monthly service review.

## 7. Customer Data and Security

7.1 Customer Data belongs to the Customer. The Service Provider shall process Customer Data only to provide the Services and on the Customer's instructions, and shall not use it for any other purpose.

7.2 The Service Provider shall keep Customer Data in mainland China, use named accounts with multi-factor authentication for all administrative access, record all privileged sessions, apply security patches within the timescales in Schedule 1, and comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law.

7.3 The Service Provider shall notify the Customer of any security incident affecting Customer Data within six hours after becoming aware of it, cooperate with the Customer's investigation, and be liable for losses caused by incidents resulting from its breach of this clause.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public business and technical information, use it only for this Agreement, and disclose it only to its staff who need to know it.

8.2 This clause survives for three years after the end of this Agreement. Each party remains responsible for any breach of this clause by its employees or advisers.

## 9. Intellectual Property

9.1 The Service Provider's service management tool, monitoring software and methods remain its property.

9.2 Knowledge articles, scripts, configuration records, run books and documentation created for the Customer under this Agreement belong to the Customer, which may use, modify and pass them to a replacement provider freely.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 120% of the total charges for the term.

10.2 The limit does not apply to liability for death or personal injury, fraud, wilful misconduct, or breach of clauses 7 or 8.

## 11. Subcontracting

The Service Provider shall not subcontract any part of the Services without the Customer's prior written consent, and remains responsible for any approved subcontractor.

## 12. Termination

12.1 The Customer may terminate this Agreement by written notice if the Service Provider commits a material breach, including repeated failure to meet the Service Levels, and does not remedy it within 30 days after notice.

12.2 Either party may terminate if the other becomes insolvent, or if a force majeure event prevents the other party from performing a substantial part of its obligations for more than 60 days.

12.3 On expiry or termination, the Service Provider shall provide exit assistance for up to 60 days at the rates in Schedule 3, hand over all documentation and Customer Data, and then delete the Customer Data it holds.

## 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu.

## 14. General

14.1 Changes to this Agreement must be in writing and signed by both parties.

14.2 This Agreement is made in English and Chinese; both have equal force.

14.3 Neither party may assign this Agreement without the other party's prior written consent. Notices shall be given in writing to the addresses stated above.

## SCHEDULE 1 SERVICE DESCRIPTION

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, e-mail and portal support in Mandarin for about 420 users | 07:00 to 22:00, seven days |
| Desktop support | On-site support at head office and the three Chengdu-area warehouses; remote support for other sites | Business days |
| Server and storage management | 36 virtual servers, two storage arrays, backup and restore | 24 x 7 monitoring |
| Network management | Firewalls, switches, Wi-Fi at 11 sites, SD-WAN links | 24 x 7 monitoring |
| Warehouse systems support | Handheld scanners, label printers, temperature logger gateways | Warehouse operating hours |
| Patch management | Critical patches within 7 days, others within 30 days | Monthly window |

## SCHEDULE 2 SERVICE LEVELS

| Priority | Definition | Response | Resolution |
|---|---|---|---|
| P1 Critical | Warehouse management system, cold-store monitoring or a whole site unavailable | 6 hours | 12 hours |
| P2 High | A function or group of users significantly affected | 8 hours | 2 business days |
| P3 Medium | A single user affected | 1 business day | 3 business days |
| P4 Low | Requests and questions | 2 business days | 5 business days |

## SCHEDULE 3 CHARGES

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | One-time, invoiced after the Service Commencement Date | 96,000 |
| Monthly service charge | CNY 58,000 per month for 36 months, baseline 420 users and 11 sites | 2,088,000 |
| Total charges for the term | | 2,184,000 |
| Exit assistance | Engineer day rate | 3,200 per day |

**Signed for the Customer:** ____________________ **Signed for the Service Provider:** ____________________
"""

E05 = """DATA SUBSCRIPTION AGREEMENT

Agreement No.: IMD-DS-2027-118

Provider: Ilkley Maritime Data Ltd, The Grove, Ilkley, West Yorkshire, England ("Provider")

Customer: Qingdao Haichen International Trading Co., Ltd., Shinan District, Qingdao, Shandong Province, People's Republic of China ("Customer")

BACKGROUND

The Provider compiles vessel position, port call, freight rate and bunker price data and makes it available through an application programming interface (API) and a web portal. The Customer imports and exports bulk commodities and wishes to subscribe to the data for use in its chartering, logistics planning and risk management. The parties agree as follows.

1. DEFINITIONS

1.1 "Data" means the datasets described in clause 2.1, as updated by the Provider from time to time.

1.2 "Subscription Year" means each period of one year starting on the Start Date or on an anniversary of it.

1.3 "Start Date" means the date on which the Customer confirms in writing that the Connection Test under clause 4 has been passed.

1.4 "Customer Data" means the query parameters, watch lists, cargo and voyage information, user details and any other information that the Customer or its users submit to the API or the portal.

1.5 "Feed Mappings" means the field mappings, transformation scripts and data dictionary prepared by the Provider to load the Data into the Customer's chartering and risk systems.

2. SUBSCRIPTION

2.1 The subscription covers: (a) global vessel positions for dry bulk and tanker fleets, updated at least every 15 minutes; (b) port call history and port congestion indicators for 180 ports; (c) daily assessments for 42 dry bulk and tanker freight routes; and (d) daily bunker prices at 35 ports.

2.2 The Provider grants the Customer a non-exclusive, non-transferable licence during the subscription term to access the Data through the API and the portal for up to 25 named users, to store the Data in its internal systems and to use it for its internal business, including in reports to its management, banks and insurers.

2.3 The Customer shall not resell or publish the Data, or make it available to third parties except in reports permitted under clause 2.2.

3. TERM

3.1 The subscription term is two Subscription Years from the Start Date.

3.2 The subscription ends at the end of the second Subscription Year. Any further subscription requires a new order signed by both parties. There is no automatic renewal.

4. SET-UP AND CONNECTION TEST

4.1 Within 30 days after signature of this Agreement, the Provider shall issue API credentials, deliver the historical data set (five years of freight route assessments and port calls), prepare the Feed Mappings and support the Customer in connecting its systems.

4.2 The Connection Test is passed when: the Customer's systems receive all four datasets through the API for five consecutive business days; the historical data set loads completely and reconciles with the Provider's record counts; the Feed Mappings load each dataset into the Customer's systems without rejected records; and the portal works for all named users.

4.3 The Customer shall confirm in writing within five business days after the Connection Test is passed, or state which conditions are not met. The Provider shall correct any failure and repeat the test.

4.4 If the Provider does not make the Connection Test available by the end of the 30-day period for reasons attributable to it, the Provider shall pay the Customer CNY 300 for each day of delay. The Customer may deduct the amount from the set-up fee.

5. FEES AND PAYMENT

5.1 The fees are:

   Set-up fee (credentials, historical data set, Feed Mappings, connection support): CNY 18,000, one-time
   Subscription fee, Subscription Year 1: CNY 236,000
   Subscription fee, Subscription Year 2: CNY 236,000
   Total fees for the subscription term: CNY 490,000

5.2 The set-up fee is invoiced after the Start Date. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. The Customer shall pay each invoice within 30 days after receipt.

5.3 The subscription fees are fixed for the subscription term. Fees are stated in CNY and include VAT.

6. SERVICE AND SUPPORT

6.1 The Provider will use commercially reasonable efforts to keep the API and the portal available and to update the Data in accordance with its published update schedule.

6.2 Support requests may be sent by e-mail or through the portal. The Provider will use commercially reasonable efforts to respond to support requests and to correct errors in the Data promptly.

6.3 The Provider may carry out maintenance on the API and the portal from time to time and will try to give advance notice of planned maintenance on its website.

7. ACCURACY OF DATA

7.1 The Provider compiles the Data from satellite and terrestrial AIS sources, port agents, brokers and its own assessments, using reasonable care and skill.

7.2 The Customer acknowledges that freight and bunker assessments are estimates, and that commercial decisions made using the Data are the Customer's responsibility.

7.3 If the Customer reports an error in the Data, the Provider shall investigate it and, where the error is confirmed, correct the Data and notify the Customer of the correction. The Provider shall publish its assessment methodology for freight routes and bunker prices on the portal and shall give the Customer at least 30 days' notice of any material change to that methodology, or of the withdrawal of any route or port covered by clause 2.1, in which case the parties shall agree a replacement route or port or a fair reduction of the subscription fee.

8. CUSTOMER DATA AND DATA SECURITY

8.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the subscription to the Customer and shall not disclose it, aggregate it with other customers' data, or use it for any other purpose.

8.2 The Provider shall protect Customer Data with encryption in transit and at rest, role-based access control, logging of access by its staff, and regular security testing. The Provider shall store Customer Data from users in mainland China on servers located in mainland China.

8.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, take the steps needed to contain it, and be liable for the Customer's losses caused by an incident resulting from the Provider's failure to comply with this clause.

8.4 At the end of the subscription term, the Provider shall delete the Customer Data and confirm deletion in writing.

9. INTELLECTUAL PROPERTY

9.1 The Data, the API and the portal remain the property of the Provider and its licensors.

9.2 The Feed Mappings are prepared specifically for the Customer and belong to the Customer, which may use and modify them freely and let its IT contractors use them.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential the other party's confidential information, including the terms of this Agreement, use it only for this Agreement and not disclose it without the other party's prior written consent, except to its professional advisers or as required by law.

10.2 This clause continues for three years after the end of the subscription term.

11. LIMITATION OF LIABILITY

11.1 The Provider's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim.

11.2 The limit does not apply to liability for fraud, death or personal injury, or to the Provider's obligations under clause 8.

12. SUBCONTRACTING

The Provider shall not subcontract any of its obligations under this Agreement without the Customer's prior written consent. Its data centre and network service providers in mainland China are approved.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.

13.2 If the Customer terminates under clause 13.1, the Provider shall refund the subscription fees paid for the period after termination.

13.3 After termination, the Customer may keep and use Data already stored in its internal systems for its internal records, but shall make no further use of the API.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The arbitral award is final and binding on both parties.

15. GENERAL

15.1 This Agreement is the entire agreement between the parties on its subject and may be amended only in writing signed by both parties.

15.2 This Agreement is made in English and Chinese, and both versions have equal effect.

15.3 Neither party is liable for a delay or failure caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as it can. Such events do not excuse payment of fees already due.

15.4 Neither party may assign this Agreement without the other party's prior written consent.

Signed for the Provider: ____________________

Signed for the Customer: ____________________
"""

TARGETS = {
    "z01": ("h1125z01_transport_bureau_repair_supervision_platform.pdf", "pdf", "zh"),
    "z02": ("h1125z02_nail_gun_factory_line_control_retrofit.docx", "docx", "zh"),
    "z03": ("h1125z03_malay_school_chain_booking_saas.txt", "txt", "zh"),
    "z04": ("h1125z04_bridge_jacking_monitoring_om_service.txt", "txt", "zh"),
    "z05": ("h1125z05_bamboo_carving_process_tracking_supplier_template.md", "md", "zh"),
    "e01": ("h1125e01_packaging_qms_perpetual_licence_driffield_vendor.pdf", "pdf", "en"),
    "e02": ("h1125e02_elevator_field_service_saas_order_form.md", "md", "en"),
    "e03": ("h1125e03_cement_plant_condition_monitoring_sensors.docx", "docx", "en"),
    "e04": ("h1125e04_cold_chain_managed_it_services_36_months.md", "md", "en"),
    "e05": ("h1125e05_maritime_data_api_subscription.txt", "txt", "en"),
}
SOURCES = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
           "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}
CATEGORY = {"z01": "software", "z02": "hardware", "z03": "cloud", "z04": "services", "z05": "software",
            "e01": "software", "e02": "cloud", "e03": "hardware", "e04": "services", "e05": "cloud"}
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
# key: terms in TERM_KEYS order, then (sla_clause, ld_stated, post_warranty_fee_capped or None, deemed, value)
LABELS = {
    "z01": ([99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False,
             None, G], (True, True, True, False, 2400000)),
    "z02": ([None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 8.5, False, False, True,
             "PRC", G], (True, True, True, False, 1827000)),
    "z03": ([99.5, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, True, True, False,
             "PRC", S], (True, True, None, False, 702000)),
    "z04": ([99.95, 6, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, True, False,
             None, S], (True, True, None, False, 568000)),
    "z05": ([None, 2, False, "supplier", True, False, True, 0.02, 20, 65, False, False, 6, 28, False, True, None,
             "PRC", G], (True, True, True, True, 650000)),
    "e01": ([None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False,
             "England and Wales", G], (True, True, True, False, 1880000)),
    "e02": ([99.95, 0.5, True, "buyer", False, True, True, 500 / 620000 * 100, 150, None, True, None, None, None,
             True, True, False, "PRC", S], (True, True, None, False, 620000)),
    "e03": ([None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 7.5, False, True, False,
             "PRC", G], (True, True, True, False, 2200000)),
    "e04": ([None, 6, False, "buyer", True, True, True, None, 120, None, True, None, None, None, False, True, False,
             "PRC", S], (True, False, None, False, 2184000)),
    "e05": ([None, None, False, "buyer", True, True, True, 300 / 490000 * 100, 6 / 24 * 100, None, True, None, None,
             None, False, True, False, "PRC", S], (False, True, None, False, 490000)),
}
# design: forum outside mainland China; TCO inputs (fee base, warranty months, post-warranty fee %) for goods
FORUM_OUTSIDE = {"e01"}
TCO_BASE = {"z01": 1160000, "z02": 1488000, "z05": 455000, "e01": 1380000, "e03": 1861000}
DESIGN = {
    "z01": [], "z02": ["CR-SUBCONTRACT", "CR-TERMINATION"], "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-SLA-RESPONSE"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"], "e02": ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"], "e03": [],
    "e04": ["CR-LD-MISSING", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE"],
    "e05": ["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy defaults (kept as arithmetic so that no figure is written in this file's contract texts)
T_AVAIL, T_P1, T_LD, T_CAP, T_PRE, T_WAR, T_PWF, T_TCO = 99.9, 4, 0.05, 100, 30, 12, 15, 40


def tco_share(key, t, value):
    base, w, f = TCO_BASE[key], t["warranty_months"], t["post_warranty_fee_pct"]
    years = max(0.0, 5 - w / 12)
    fees = base * f / 100 * years
    return fees / (value + fees) * 100


def derive(key, t, x):
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < T_AVAIL:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > T_P1:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < T_LD:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < T_CAP:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > T_PRE:
        r.add("CR-PREPAYMENT")
    if (not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"]
            or t["final_payment_on_acceptance"] is False):
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < T_WAR:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > T_PWF):
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and tco_share(key, t, x["contract_value"]) > T_TCO:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if HIGH & set(rules):
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


def label(key):
    terms, (sla, lds, capped, deemed, value) = LABELS[key]
    t = dict(zip(TERM_KEYS, terms))
    x = {"sla_clause": sla, "ld_stated": lds}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    return {"file": TARGETS[key][0], "language": TARGETS[key][2], "category": CATEGORY[key],
            "expected_terms": t, "expected_extra": x, "expected_rules": derive(key, t, x)}


_P = r"\s*(?:%|％|percent|per\s*cent)"
THRESHOLD_RE = re.compile("|".join([
    r"(?<![\d.,])(?:30|15|40|100|99\.9|0\.05)(?:\.0+)?" + _P,
    r"(?<![\d.,])(?:99\.9|0\.05)(?!\d)",
    r"百分之(?:三十|十五|四十|一?百)(?![一二三四五六七八九十点])",
    r"万分之五(?![十])", r"千分之零点五",
    r"(?<![\d.,])4\s*(?:hours?|hrs?\b|h\b|小时|个小时)", r"(?<![十\d])四个?小时", r"\bfour\s*hours?",
    r"(?<![\d.,])12\s*(?:months?|个月|mos?\b)", r"(?<![\d.,])12-month", r"(?<![十\d])十二个月", r"\btwelve\s*-?\s*months?",
]), re.I)
MUST_HIT = ["30%", "付30 %", "百分之三十", "百分之百", "万分之五", "4小时", "四小时", "4 hours", "4h", "12个月",
            "十二个月", "12 months", "twelve months", "12-month", "99.9%", "99.9", "0.05%", "15%", "40 per cent",
            "100%"]
MUST_MISS = ["130%", "0.15%", "24小时", "二十四小时", "24 hours", "14 hours", "112 months", "99.95%", "0.055%",
             "30分钟", "15 days", "40 users", "1,100%", "万分之五十", "150%", "2,400,000", "百分之三十五"]


def readback(path, kind):
    if kind in ("txt", "md"):
        return path.read_text(encoding="utf-8")
    if kind == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), ("must miss", s)
    bin_targets = {k: (v[0], v[1]) for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write(SOURCES, bin_targets, OUT, wrap_words=True)
    for k, (name, kind, lang) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SOURCES[k], encoding="utf-8")
    covered, problems = set(), []
    for k, (name, kind, lang) in TARGETS.items():
        text = readback(OUT / name, kind)
        n = len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())
        ok = (2750 <= n <= 3000) if lang == "zh" else (1450 <= n <= 1650)
        print(f"{name}: {n} {'chars' if lang == 'zh' else 'words'}{'' if ok else '  OUT OF RANGE'}")
        if not ok:
            problems.append(name + " length")
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            for m in THRESHOLD_RE.finditer(variant):
                problems.append(f"{name}: threshold text {m.group(0)!r} in ...{variant[max(0, m.start()-20):m.end()+20]!r}")
        lab = label(k)
        t, x = lab["expected_terms"], lab["expected_extra"]
        for key, thr in (("availability_pct", T_AVAIL), ("p1_response_hours", T_P1), ("ld_rate_per_day_pct", T_LD),
                         ("liability_cap_pct", T_CAP), ("prepayment_pct", T_PRE), ("warranty_months", T_WAR),
                         ("post_warranty_fee_pct", T_PWF)):
            if t[key] is not None and abs(t[key] - thr) < 1e-9:
                problems.append(f"{name}: {key} on threshold")
        if k in TCO_BASE:
            sh = tco_share(k, t, x["contract_value"])
            print(f"   TCO share {sh:.1f} %")
            if abs(sh - T_TCO) <= 2:
                problems.append(f"{name}: TCO share within 2 points")
        if lab["expected_rules"] != sorted(DESIGN[k]):
            problems.append(f"{name}: derived {lab['expected_rules']} != design {sorted(DESIGN[k])}")
        print("   rules:", ", ".join(lab["expected_rules"]) or "(none)", "| risk:", risk(lab["expected_rules"]))
        covered |= set(lab["expected_rules"])
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append(f"rules never fired: {missing}")
    counts = [len(DESIGN[k]) for k in DESIGN]
    assert sum(1 for c in counts if c == 0) == 2 and DESIGN["e01"] == ["CR-GOVERNING-LAW"]
    assert 8 <= len(DESIGN["z05"]) <= 10
    assert sorted(k for k in DESIGN if 2 <= len(DESIGN[k]) <= 3) == ["e02", "e04", "e05", "z02", "z03", "z04"]
    for p in problems:
        print("PROBLEM:", p)
    assert not problems, f"{len(problems)} problems"
    print("all checks passed")


if __name__ == "__main__":
    main()
