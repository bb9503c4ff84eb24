"""Builds the ten holdout156 contracts from the sources below.

.txt and .md sources are written as they are; the two .docx and the two .pdf are built with ../word_pdf.py
(Word tables for the price lists; PDFs broken into lines at word boundaries, wrap_words=True).
Run with /work/main/.venv/bin/python make_files.py
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h156z01 — 市人民防空办公室 人防信息化平台 (system integration, 政府采购 公开招标, buyer's paper), .txt, 第X条 + 1.1
# ---------------------------------------------------------------------------------------------------------------
H156Z01 = """江州市人防信息化平台建设项目合同

合同编号：JZRF-2025-017
项目名称：江州市人防信息化平台建设项目
采购方式：公开招标（招标编号：JZCG-2025-0318）

甲方（采购人）：江州市人民防空办公室
住所：江州市滨江大道88号
乙方（供应商）：江州云盾信息技术有限公司
住所：江州市高新区创业路16号

根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据本项目招标文件、乙方投标文件及中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及乙方在评标过程中作出的澄清和承诺，均为本合同的组成部分；上述文件之间不一致的，以对甲方更有利的约定为准。

第一条 项目内容
1.1 乙方负责江州市人防信息化平台的建设，包括人防指挥调度平台软件（含GIS一张图）的供货与部署、人防工程监管系统的定制开发、防空警报器远程控制终端及服务器、存储、视频会商设备的供货安装、系统集成与数据对接以及培训。
1.2 平台部署于甲方人防指挥中心机房和江州市电子政务外网，按照招标文件约定的接口规范与市应急管理、气象、公安视频共享等系统对接，实现警报试鸣统一控制、人防工程日常监管和战时指挥调度。
1.3 详细技术要求以招标文件第五章《采购需求》及乙方投标文件的技术响应表为准。乙方投标时承诺的功能和性能，即使未在本合同中逐项列明，乙方亦应全部实现。

第二条 合同价款
2.1 本合同总价为人民币壹佰玖拾伍万元整（¥1,950,000.00），含增值税，包括设备、软件、定制开发、运输、保险、安装、集成、培训、质保期内服务及税费等全部费用。除本合同另有约定外，甲方不再向乙方支付其他任何费用。
2.2 分项价格如下：
（1）人防指挥调度平台软件（含GIS一张图）许可，1套，¥486,000；
（2）人防工程监管系统定制开发，1项，¥368,000；
（3）防空警报器远程控制终端，60台，单价¥6,800，小计¥408,000；
（4）服务器及存储设备，1批，¥317,500；
（5）视频会商终端，8套，单价¥18,600，小计¥148,800；
（6）系统集成、安装调试及数据对接，1项，¥196,200；
（7）培训，1项，¥25,500。
其中第（1）（3）（4）（5）项为软硬件小计，合计¥1,360,300。

第三条 付款方式
3.1 合同签订并收到乙方开具的合法发票后15个工作日内，甲方支付合同总价的20%作为预付款，计¥390,000。
3.2 系统完成部署并通过初步验收后，甲方支付合同总价的50%，计¥975,000。
3.3 系统试运行期满并通过最终验收后，甲方支付合同总价的25%，计¥487,500。
3.4 合同总价的5%，计¥97,500，作为质量保证金。质保期满且乙方无未了责任的，甲方在质保期满后20个工作日内无息支付。
3.5 甲方按照国库集中支付程序付款。乙方应在每次付款前开具等额合法发票，因乙方发票问题导致付款延误的，甲方不承担责任。

第四条 实施与交付
4.1 乙方应于合同签订后90日内完成全部设备到货、软件部署和系统集成，具备初步验收条件；人防工程监管系统应于合同签订后120日内完成开发并上线。
4.2 乙方应在合同签订后10个工作日内提交实施方案和进度计划，经甲方确认后执行。乙方派驻的项目经理须为投标文件中承诺的人员，未经甲方同意不得更换。
4.3 设备到货时双方共同开箱清点并签署到货清单。到货签收仅确认设备的数量、型号和外观，不代表质量验收。

第五条 验收
5.1 初步验收：乙方完成部署并自测合格后书面申请，甲方在10个工作日内组织初步验收。验收标准为：招标文件所列功能点全部实现；60台警报器终端的远程控制、状态回传和鸣响测试全部成功；GIS一张图完整加载全市人防工程、疏散基地和警报点位数据；视频会商多点会议测试无卡顿、无中断；与应急管理、气象系统的接口联调通过；第三方测评机构出具的网络安全等级保护第三级测评报告无高风险问题。
5.2 初步验收合格后进入为期三个月的试运行。试运行期间未发生一级故障、且试运行中发现的问题全部整改完毕的，甲方组织最终验收并签署最终验收报告。
5.3 设备到货、系统上线、甲方使用或付款，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，由此产生的费用由乙方承担。

第六条 质量保证与服务水平
6.1 本项目质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软硬件维修、备件更换、软件升级和故障处理，并每季度进行一次巡检。
6.2 质保期内平台月度可用率不低于99.95%（经甲方同意的计划内维护时间除外）。故障分级及处理时限：一级故障（平台整体中断或警报控制功能失效）30分钟内响应、2小时内到场、6小时内恢复；二级故障（部分功能失效）1小时内响应、8小时内处理完毕；三级故障两个工作日内处理完毕。
6.3 乙方未达到上述时限的，每超时1小时，甲方从质量保证金或应付款中扣减¥1,000；月度可用率每低于承诺值0.01个百分点，扣减¥1,500。
6.4 质保期满后，甲方如需乙方继续提供维保服务，年度维保费不超过软硬件小计的8%，即每年不超过¥108,824，质保期满后三年内不上调，具体由双方另行签订维保合同。

第七条 知识产权
7.1 乙方为本项目定制开发的人防工程监管系统、接口程序、数据库设计及其源代码和技术文档，知识产权归甲方所有。乙方应在最终验收时交付全部源代码和开发文档，甲方可自行或委托第三方使用、修改和再开发。
7.2 人防指挥调度平台软件的著作权仍归其权利人所有，甲方获得永久、不可撤销的使用许可。
7.3 乙方保证所交付的设备和软件不侵犯任何第三方的合法权利，因侵权引起的纠纷由乙方负责处理并承担全部费用。

第八条 数据安全
8.1 平台中的人防工程、警报点位、疏散基地、人口分布等全部数据及其衍生数据归甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的。
8.2 乙方应按照网络安全等级保护第三级要求落实访问控制、数据加密、日志审计等安全措施；运维操作须经甲方审批并通过堡垒机进行，不得将甲方数据复制或存储至甲方网络以外。
8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方由此遭受的损失。

第九条 保密
9.1 乙方对履行本合同过程中知悉的人防工程位置、指挥通信方式、警报布局等信息负有保密义务，参与本项目的全部人员须签署保密承诺书。涉及国家秘密的，按照《中华人民共和国保守国家秘密法》执行。
9.2 本条义务不因合同的终止或解除而失效。

第十条 违约责任
10.1 乙方逾期完成交付或上线的，每逾期一日，按合同总价的万分之六向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
10.2 乙方交付的设备或软件不符合合同约定的，应负责更换或整改，并承担由此产生的全部费用。
10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。

第十一条 分包
本项目不得转包。未经甲方书面同意，乙方不得将本项目的任何部分分包给第三方。

第十二条 合同解除
12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
12.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方均可向甲方所在地有管辖权的人民法院提起诉讼。

第十四条 其他
14.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
14.2 本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。

甲方（盖章）：江州市人民防空办公室　　　　乙方（盖章）：江州云盾信息技术有限公司
授权代表：　　　　　　　　　　　　　　　　授权代表：
日期：2025年　月　日　　　　　　　　　　　日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h156z02 — 铝合金轮毂 X射线在线检测系统 (hardware supply + post-warranty 全保), .docx, 一、/（一）/1.
# ---------------------------------------------------------------------------------------------------------------
H156Z02 = """T:铝合金轮毂X射线在线检测系统采购合同
P:合同编号：BZJZ-SB-2025-046
P:甲方（买方）：滨州精铸轮毂有限公司
P:住所：山东省滨州市经济技术开发区黄河五路566号
P:乙方（卖方）：苏州睿光射线检测设备有限公司
P:住所：江苏省苏州市吴中区木渎镇金枫南路1258号
P:甲方因三条低压铸造轮毂生产线内部缺陷检测的需要，向乙方采购X射线在线检测系统。双方依据《中华人民共和国民法典》等法律法规，经平等协商，订立本合同。
H:一、采购内容与价格
P:（一）乙方为甲方三条生产线各提供一套X射线在线检测系统，每套包括微焦点X射线源、平板探测器、射线防护铅房、六轴机械手及上下料辊道、图像处理工作站和ADR自动缺陷识别软件，并负责安装调试、与甲方MES系统的对接、辐射防护检测配合和培训。
P:（二）合同总价为人民币叁佰肆拾肆万元整（¥3,440,000），含13%增值税及运输、保险、装卸、安装和培训费用。分项价格如下表：
TB:序号|名称及规格|数量|单价（元）|金额（元）
TB:1|微焦点X射线源（225kV，含高压发生器及冷却单元）|3套|386,000|1,158,000
TB:2|平板探测器（427mm×427mm，像素139μm）|3套|218,000|654,000
TB:3|射线防护铅房（含门机联锁、急停及剂量监测）|3套|156,000|468,000
TB:4|六轴机械手及上下料辊道|3套|172,000|516,000
TB:5|图像处理工作站|3套|36,500|109,500
TB:6|ADR自动缺陷识别软件许可（永久）|3套|98,000|294,000
TB:|设备及软件小计|||3,199,500
TB:7|安装调试及MES对接|1项|168,000|168,000
TB:8|辐射防护检测及环评配合|1项|46,000|46,000
TB:9|操作及辐射安全培训|1项|26,500|26,500
TB:|合同总价|||3,440,000
P:（三）主要技术指标：管电压225kV；单只轮毂（17至22英寸）检测节拍不超过45秒；可检出直径0.3毫米以上的气孔、缩松和夹杂；ADR误判率不高于2%；检测结果、图像及判废结论实时写入甲方MES。
H:二、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，即¥344,000。乙方应同时提交等额的银行预付款保函。
P:（二）全部设备到货并经甲方签收后15个工作日内，甲方支付合同总价的60%，即¥2,064,000。到货签收仅确认数量和外观，不代表质量验收。
P:（三）系统通过最终验收后15个工作日内，甲方支付合同总价的25%，即¥860,000。
P:（四）合同总价的5%，即¥172,000，作为质量保证金，于质保期满后15个工作日内无息支付。
P:（五）甲方每次付款前，乙方应开具等额增值税专用发票。
H:三、交货与安装
P:（一）乙方应于合同生效后75日内将全部设备运抵甲方厂区指定位置，并在到货后30日内完成安装调试，具备验收条件。
P:（二）铅房基础由甲方按乙方提供的基础图纸施工；乙方负责设备就位、接线、调试以及与甲方MES系统的接口开发。
P:（三）甲方负责办理辐射安全许可证，乙方提供设备技术资料，并配合有资质的机构完成辐射防护检测和环境影响评价。
P:（四）乙方现场人员应遵守甲方的安全生产、辐射防护和厂区管理制度，因乙方人员违规造成的人身或财产损失由乙方承担。
H:四、验收
P:（一）安装调试完成后，乙方书面提交验收申请，甲方在10个工作日内组织最终验收。验收标准如下：
P:1. 使用甲方提供的含已知缺陷的标准样轮进行测试（每条线不少于20只），标准样轮中的全部已知缺陷均应被检出，ADR误判率不高于2%；
P:2. 单只轮毂检测节拍不超过45秒，每套系统连续运行72小时无故障；
P:3. 铅房外表面30厘米处的周围剂量当量率不超过2.5微希沃特每小时，并经有资质的第三方机构检测合格；
P:4. 检测结果、图像和判废结论正确写入甲方MES，连续5个班次无数据丢失；
P:5. 操作手册、维护手册、辐射安全资料和ADR参数配置文档齐全。
P:（二）验收合格的，双方签署最终验收报告；不合格的，乙方应在15日内整改并重新申请验收，由此产生的费用由乙方承担。
P:（三）设备到货、安装完成或甲方投入生产使用，均不视为验收合格。
H:五、质量保证与服务响应
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修和更换损坏部件（包括X射线管和平板探测器，人为损坏除外），并免费升级ADR软件。
P:（二）服务响应：一级故障（检测线停机）乙方应在1小时内远程响应，8小时内派工程师到场，24小时内恢复检测；二级故障（检测功能降级但可继续生产）2小时内响应，48小时内修复；三级故障在下次巡检时处理。
P:（三）乙方未按上述时限响应或到场的，每超时1小时向甲方支付¥800；一级故障超过24小时仍未恢复的，每日另付¥3,000。上述款项可从质量保证金或应付款中扣除。
P:（四）乙方每季度上门巡检一次，校准射线剂量和探测器增益，并出具巡检报告。
H:六、质保期满后的全保服务
P:（一）质保期满后，乙方应按甲方要求继续提供全保服务，内容包括季度巡检、X射线管和平板探测器的损坏更换、ADR软件升级以及本合同第五条约定的服务响应。
P:（二）年度全保服务费为设备及软件小计的28%，即每年¥895,860，在每个服务年度开始后30日内支付。前三个服务年度费率固定不变，此后如需调整，由双方书面协商确定。
P:（三）全保服务按服务年度签订，甲方可在任一服务年度届满前60日书面通知乙方不再续订。
H:七、知识产权
P:（一）ADR软件及设备内置软件的著作权归乙方或其权利人所有，甲方获得永久使用许可；甲方转让设备时，许可随设备一并转让。
P:（二）乙方根据甲方缺陷样本训练形成的判废模型参数、缺陷样本库、判废规则配置以及MES对接程序，均为本项目的定制成果，知识产权归甲方所有，乙方应交付相关源代码和文档，甲方可自由使用、修改并许可他人使用。
P:（三）乙方保证所交付的设备和软件不侵犯第三方的知识产权，因此引起的纠纷由乙方负责并承担全部费用。
H:八、数据安全
P:（一）检测图像、缺陷数据、判废结果和工艺参数等数据归甲方所有，乙方仅为履行本合同使用，不得用于训练其他客户的模型或其他任何目的。
P:（二）乙方远程维护须经甲方逐次审批，并通过甲方提供的VPN和堡垒机进行，不得下载、复制或留存甲方数据。更换工作站硬盘时，旧硬盘交由甲方处置。
P:（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:九、保密
P:乙方对履行本合同中知悉的甲方工艺参数、产品图纸、产能和客户信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在本合同终止后五年内持续有效。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的0.07%向甲方支付违约金，违约金累计不超过合同总价的10%；逾期超过45日的，甲方有权解除合同。
P:（二）系统两次验收仍不合格的，甲方有权退货并解除合同，乙方应退还全部已付款项并赔偿甲方损失。
P:（三）甲方逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
H:十一、分包
P:乙方不得转让本合同项下的义务。铅房的现场焊接和吊装如需委托第三方完成，须事先取得甲方书面同意，乙方对第三方的工作质量和安全负全部责任。
H:十二、合同解除
P:乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
H:十三、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交滨州仲裁委员会仲裁，仲裁裁决是终局的。
H:十四、其他
P:本合同一式四份，双方各执二份，自双方签字盖章之日起生效。附件：技术协议、设备配置清单、验收大纲。
P:甲方（盖章）：滨州精铸轮毂有限公司　　乙方（盖章）：苏州睿光射线检测设备有限公司
P:授权代表：　　　　　　　　　　　　　授权代表：
"""

# ---------------------------------------------------------------------------------------------------------------
# h156z03 — 烘焙连锁 门店订货与会员 SaaS (three years + 实施), .md, Markdown headings + 1.1
# ---------------------------------------------------------------------------------------------------------------
H156Z03 = """# 门店订货与会员管理SaaS服务合同

**合同编号**：MXF-IT-2025-021

**甲方（客户）**：苏州麦香坊烘焙食品连锁有限公司
住所：江苏省苏州市相城区澄阳路288号

**乙方（服务商）**：杭州云焙数字科技有限公司
住所：浙江省杭州市余杭区文一西路998号

甲方经营126家直营烘焙门店和一个中央厨房，拟使用乙方的"云焙"SaaS平台统一门店订货和会员管理。双方依据《中华人民共和国民法典》《中华人民共和国个人信息保护法》等法律法规，经协商一致，订立本合同。

## 1. 服务内容

1.1 乙方通过"云焙"平台向甲方提供以下订阅服务：门店订货模块（门店要货、智能补货建议、中央厨房排产和配送单生成）、会员营销模块（会员注册、积分、储值、优惠券和生日营销）以及总部中台（商品档案、价格、报表和权限管理）。

1.2 乙方负责一次性实施服务：系统配置；历史会员数据迁移（约38万名会员的积分和储值余额）；会员小程序定制（按甲方品牌视觉设计首页、商城和会员中心页面）；与甲方现有POS收银系统及ERP系统的接口开发。

1.3 服务范围以附件一《功能清单》为准。乙方对平台进行版本升级的，不得减少附件一所列功能。

## 2. 服务期限与续期

2.1 订阅服务期限为三年，自平台上线验收合格之日起计算。

2.2 服务期满前60日内任何一方未书面提出不续期的，本合同自动续期二十四个月。续期期间的订阅单价由乙方参照其届时公布的标准价目表确定，每次上调幅度不超过8%，乙方应在续期开始前30日书面通知甲方新的单价。

## 3. 费用

3.1 本合同费用明细如下：

| 项目 | 数量 | 单价 | 金额 |
|---|---|---|---|
| 门店订货模块 | 126店 | ¥1,680/店/年 | ¥211,680/年 |
| 会员营销模块 | 126店 | ¥1,260/店/年 | ¥158,760/年 |
| 总部中台（中央厨房排产与配送） | 1套 | ¥58,000/年 | ¥58,000/年 |
| 年度订阅费小计 | | | ¥428,440/年 |
| 三年订阅费合计 | | | ¥1,285,320 |
| 实施及数据迁移 | 1项 | | ¥96,000 |
| 会员小程序定制 | 1项 | | ¥64,000 |
| POS及ERP接口开发 | 1项 | | ¥48,680 |
| 一次性费用小计 | | | ¥208,680 |
| **合同总金额** | | | **¥1,494,000** |

3.2 上述价格含6%增值税。服务期内门店数量增减的，按门店单价按月折算增减订阅费。

3.3 短信、支付通道等第三方费用由甲方与第三方直接结算，不在本合同金额之内。

## 4. 付款

4.1 本合同不设预付款。

4.2 订阅费按季度结算：每个服务季度结束后15日内，乙方提交当季服务报告（含可用率、故障和服务赔偿统计）及发票，甲方核对无误后15个工作日内支付当季订阅费¥107,110，扣除应得的服务赔偿。

4.3 一次性费用¥208,680在平台上线验收合格后30日内一次性支付。

## 5. 实施与上线

5.1 乙方应在合同签订后60日内完成实施。实施分两批进行：首批20家门店试点上线，试点稳定运行两周后其余门店全部上线。

5.2 甲方负责提供门店网络、历史数据导出文件和必要的配合人员；甲方配合延误的，上线日期相应顺延。

## 6. 验收

6.1 全部门店上线后进入30日试运行。验收标准为：(1) 全部门店可正常完成要货、收货和调拨，中央厨房按门店要货自动生成排产和配送单；(2) 迁移后的会员数、积分和储值余额与甲方原系统逐户核对无差异；(3) 会员小程序各页面与甲方确认的设计稿一致，注册、领券、积分和储值功能正常；(4) POS和ERP接口在试运行期间数据一致；(5) 在2,000笔并发订货下单的压力测试中，页面平均响应时间不超过2秒。

6.2 试运行期满且满足上述标准的，甲方在10个工作日内签署上线验收报告。门店上线使用或甲方付款均不视为验收合格。

## 7. 服务水平

7.1 平台月度可用率不低于99.8%。计划内维护须提前48小时通知甲方，并安排在凌晨0:00至6:00之间，不计入不可用时间。

7.2 故障分级及时限：

- 一级故障（全部或多数门店无法订货、收银或核销会员权益）：15分钟内响应，2小时内恢复；
- 二级故障（部分门店或部分功能不可用）：1小时内响应，8小时内恢复；
- 三级故障（不影响营业的一般问题）：1个工作日内响应，5个工作日内解决。

7.3 服务赔偿：月度可用率每低于承诺值0.1个百分点，减免当月订阅费的3%；一级故障超过恢复时限的，每超过1小时，另减免当月订阅费的2%。减免从当季订阅费中扣除，当月减免总额以当月订阅费为限。

## 8. 知识产权

8.1 "云焙"平台及其软件的知识产权归乙方所有，甲方在服务期内享有使用权。

8.2 乙方为甲方定制的会员小程序页面、POS及ERP接口程序及其源代码、设计文档，知识产权归甲方所有，乙方应在验收时交付，甲方可自行使用、修改或委托第三方维护。

## 9. 数据安全与数据使用

9.1 甲方在平台中录入或产生的商品、订货、会员信息和消费记录等数据（"甲方数据"）归甲方所有。

9.2 乙方应将甲方数据存储于中国境内已通过网络安全等级保护第三级测评的云环境，采取传输和存储加密、访问权限控制、操作日志留存不少于六个月、每日备份等措施，并按照《个人信息保护法》履行受托处理者的义务。

9.3 乙方有权对甲方的订货数据和会员消费数据进行脱敏、汇总处理后，用于编制烘焙行业经营分析报告及改进乙方平台的推荐算法；脱敏、汇总后形成的数据不属于甲方数据。

9.4 发生数据泄露、篡改或丢失的，乙方应在事件发生后2小时内通知甲方，采取补救措施，配合甲方履行报告义务；因乙方原因造成的，乙方承担由此产生的全部责任和甲方的损失。

9.5 合同终止后30日内，乙方应按甲方要求以通用格式交还全部甲方数据，并在甲方确认后删除，出具删除证明。

## 10. 保密

双方对在合作中获知的对方商业秘密和未公开信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内持续有效。

## 11. 分包

乙方使用的云服务提供商（阿里云计算有限公司）经甲方在本合同签署时认可。除此之外，乙方将本合同任何部分分包给第三方的，须事先取得甲方书面同意。

## 12. 违约责任

12.1 因乙方原因未能在第5.1条约定期限内完成全部门店上线的，每逾期一日，乙方向甲方支付违约金¥1,200。

12.2 乙方违反第9条约定的，除承担赔偿责任外，甲方有权解除合同。

12.3 乙方在本合同项下的赔偿责任总额以合同总金额的1.5倍为限，但因乙方故意、重大过失或违反第9条约定造成的损失不受此限。

## 13. 合同解除

13.1 乙方严重违约且在甲方书面通知后15日内未纠正的，甲方有权解除合同，甲方仅需支付解除前已实际提供服务期间的订阅费，乙方应协助甲方完成数据迁出并赔偿甲方的损失。

13.2 甲方逾期付款超过60日且经催告后仍未支付的，乙方有权暂停服务。

## 14. 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交苏州仲裁委员会仲裁。

## 15. 其他

本合同附件一《功能清单》、附件二《实施计划》为本合同的组成部分。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：苏州麦香坊烘焙食品连锁有限公司
乙方（盖章）：杭州云焙数字科技有限公司
日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h156z04 — 县水利局 水利工程运行管理平台 年度运维 (政府采购 竞争性磋商), .pdf, 第X条 + （一）
# ---------------------------------------------------------------------------------------------------------------
H156Z04 = """T:青溪县水利工程运行管理平台运维服务合同
P:合同编号：QXSL-YW-2025-03
P:采购方式：竞争性磋商（项目编号：QXCG-2025-C027）
P:甲方（采购人）：青溪县水利局
P:住所：青溪县城关镇河滨路9号
P:乙方（供应商）：安澜水利信息技术有限公司
P:住所：南昌市红谷滩区丰和中大道1126号
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目磋商文件、乙方响应文件和成交通知书，甲乙双方经协商一致，就青溪县水利工程运行管理平台运维服务订立本合同。磋商文件、响应文件和成交通知书是本合同的组成部分。
H:第一条 服务内容
P:（一）运维对象：青溪县水利工程运行管理平台（含水库、水闸、堤防运行管理模块和移动巡查APP），以及全县86个前端监测站点，包括水位站、雨量站、视频监控站和闸门远程控制站。
P:（二）服务内容：平台软件的日常运行监控、故障处理、数据备份和版本维护；前端站点的季度巡检、设备清洁校准、故障维修和备件更换；物联网卡通信保障；汛期驻场值守；每月提交运维报告；每年汛前开展一次全面检查并提交汛前检查报告。
P:（三）乙方应组建不少于六人的运维团队，其中驻县城人员不少于两人，项目负责人须为响应文件中承诺的人员。更换项目负责人须经甲方书面同意，更换其他人员应提前5个工作日告知甲方。
P:（四）季度巡检要求：逐站检查供电、太阳能板和蓄电池、避雷接地、通信状态和设备外观，清理水位计探头和雨量筒，核对站点时钟，拍照留存并填写巡检记录表；发现隐患的，应在巡检记录中注明并提出处理建议。
P:（五）更换下来的旧设备和旧部件应交回甲方登记，不得自行处置。备品备件的领用和更换应建立台账，每季度随考核资料提交甲方核对，服务期满时剩余备件移交甲方。
H:第二条 服务期限
P:服务期限自2025年7月1日起至2026年6月30日止。服务期满后，甲方根据年度预算重新组织采购，本合同不自动续期。
H:第三条 合同价款
P:（一）本合同总价为人民币肆拾捌万柒仟贰佰肆拾元整（¥487,240），为服务期内的固定总价，包含人工、差旅、备品备件、通信、车辆、税费等全部费用。
P:（二）分项价格：
P:1. 平台软件运维（运行管理平台及移动巡查APP），1项，¥138,000；
P:2. 前端监测站点运维，86个站点，每站每年¥2,400，小计¥206,400；
P:3. 物联网卡通信费，86张，每张每年¥340，小计¥29,240；
P:4. 备品备件（包干使用），1项，¥52,000；
P:5. 汛期驻场值守，2人，服务期内汛期合计4个月（2025年7月1日至9月30日、2026年6月1日至6月30日），每人每月¥7,700，小计¥61,600。
H:第四条 付款方式
P:（一）本合同不设预付款。
P:（二）合同价款按季度支付。每个服务季度结束后，甲方在10个工作日内完成季度考核，考核通过后15个工作日内支付当季服务费¥121,810。
P:（三）季度考核得分低于85分的，按每低1分扣减当季服务费的1%；低于70分的，甲方有权解除合同。
P:（四）乙方每次收款前应开具合法发票，甲方按照国库集中支付程序付款。因财政资金拨付原因延迟付款的，甲方应及时告知乙方，不视为甲方违约。
H:第五条 考核与验收
P:（一）季度考核内容：站点季度巡检完成情况及巡检记录；平台和站点故障处理是否符合第六条时限；月度运维报告的完整性和及时性；备件更换记录；汛期驻场人员到岗情况。
P:（二）服务期满后，甲方组织年度验收。验收标准为：全部站点完成四次季度巡检且记录齐全；站点设备完好，移交时可正常运行；平台数据和备份完整可恢复；运维文档、配置清单和备件台账齐全并移交甲方。
P:（三）甲方支付季度服务费，不代表对乙方服务质量的最终认可。
H:第六条 服务水平
P:（一）乙方提供每天24小时的故障受理热线。
P:（二）一级故障（平台整体中断，或汛期内重点水库、水闸站点数据中断）：乙方应在接报后8小时内响应，24小时内修复；二级故障（单个站点或平台部分功能故障）：1个工作日内响应，3个工作日内修复；三级故障：在下次巡检时处理。
P:（三）乙方未按上述时限响应或修复的，每超时1小时扣减当季服务费¥500。乙方应对每次故障建立工单，如实记录报修、响应、到场、修复的时间和处理结果，作为季度考核的依据。
P:（四）平台遇暴雨、洪水预警期间，乙方应安排技术人员在线值守，保障监测数据实时上报。
P:（五）每年5月20日前，乙方应完成汛前全面检查，对全部站点进行功能测试和通信测试，并提交汛前检查报告；发现的问题应在汛期开始前整改完毕。
H:第七条 数据安全
P:（一）平台中的水情、雨情、工情、视频和巡查记录等全部数据归甲方所有，乙方只能为履行本合同使用。
P:（二）乙方应按照网络安全等级保护第二级要求，落实账号权限管理、数据备份、日志审计和病毒防护等措施；远程运维须经甲方同意并通过甲方指定的VPN进行，不得在个人设备上存储平台数据。
P:（三）发生数据丢失、被篡改或被非法访问等数据安全事件的，乙方应在2小时内报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部责任，赔偿甲方因此遭受的损失。
P:（四）服务期满或合同解除时，乙方应交回全部账号和运维资料，并删除其持有的平台数据。
H:第八条 甲方义务与安全生产
P:（一）甲方应为乙方提供平台服务器的运维账号、必要的网络接入条件和站点资料，协调站点所在乡镇和水管单位配合乙方的巡检与维修工作，并按本合同约定及时组织考核和支付服务费。
P:（二）乙方负责其人员在巡检、维修过程中的作业安全，涉水、登高作业应采取必要的防护措施，并为现场人员购买意外伤害保险。因乙方原因造成人身伤害或第三方财产损失的，由乙方承担责任。
H:第九条 知识产权
P:乙方在服务期内编写的运维脚本、配置文件、巡检记录、运维报告和操作手册，知识产权归甲方所有，甲方可自由使用和修改，也可交由其他运维单位使用。平台软件原有的知识产权不因本合同发生变化。
H:第十条 违约责任
P:（一）乙方未按期提交月度运维报告、汛前检查报告，或未在甲方书面通知的期限内完成整改的，每逾期一日，向甲方支付违约金¥300。
P:（二）因乙方运维不到位导致站点数据缺失，影响防汛调度的，甲方可要求乙方立即补救，并赔偿由此造成的损失。
P:（三）甲方无正当理由逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
H:第十一条 分包
P:乙方不得将本合同项下的服务转包或分包给任何第三方。
H:第十二条 合同解除
P:（一）乙方严重违约，经甲方书面通知后10日内仍未改正的，甲方有权解除合同，并按实际服务期间结算服务费。
P:（二）因不可抗力致使合同目的不能实现的，双方均可解除合同。
P:（三）服务期满或合同解除时，乙方应在10日内完成运维工作交接，移交站点台账、备件台账、运维文档和全部账号，并配合甲方新选定的运维单位熟悉平台和站点情况。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向青溪县人民法院提起诉讼。
H:第十四条 其他
P:本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。本合同未尽事宜，按磋商文件和响应文件执行。
P:甲方（盖章）：青溪县水利局　　乙方（盖章）：安澜水利信息技术有限公司
P:日期：2025年6月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h156z05 — 豆瓣酱厂 MES licence + 定制开发, supplier's own template, .md, "## 第X条" + X.Y
# ---------------------------------------------------------------------------------------------------------------
H156Z05 = """# 蜀曜MES软件许可及实施合同

> 蜀曜智造标准合同文本 V4.0（2024年修订）。本文本由乙方提供，空白处由双方填写。

**合同编号**：SY-MES-2025-0137

**甲方（用户）**：四川红郫豆瓣酿造有限公司
地址：四川省成都市郫都区安德街道川菜园区中路17号

**乙方（许可方）**：成都蜀曜智造科技有限公司
地址：四川省成都市高新区天府大道北段1700号

甲方拟在豆瓣酱生产基地实施制造执行系统（MES），经双方协商，就乙方软件许可及实施服务订立本合同，以资共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供蜀曜MES标准软件的永久使用许可，包括生产管理、质量管理、仓储管理和设备管理四个模块，许可并发用户数为50个。

1.2 乙方根据甲方需求进行定制开发，内容包括：翻晒发酵工艺管理（晒场分区、翻缸记录、发酵周期管控）；原料辣椒、蚕豆的批次追溯；晒场温湿度传感器数据采集接口；与甲方ERP系统和地磅称重系统的接口。

1.3 乙方提供系统实施、上线支持及用户培训服务。具体需求以双方确认的《需求规格说明书》为准。

1.4 软件许可仅限甲方在本合同约定的生产基地内使用。甲方增加并发用户或在其他工厂使用的，应另行向乙方购买许可，增加的并发用户按每个¥8,000计价。

## 第二条 合同金额

2.1 本合同总金额为人民币壹佰壹拾伍万陆仟元整（¥1,156,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 蜀曜MES标准软件许可（四个模块，永久许可，50并发用户） | 580,000 |
| 2 | 定制开发（发酵工艺管理、批次追溯、温湿度采集接口、ERP及称重接口） | 436,000 |
| 3 | 实施及上线服务 | 118,000 |
| 4 | 培训 | 22,000 |
| | **合计** | **1,156,000** |

2.2 上述金额含增值税。甲方需求变更导致工作量增加的，增加部分按乙方人天单价另行计费。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总金额的45%作为预付款，即¥520,200。乙方收到预付款后开始实施。

3.2 系统上线运行后10个工作日内，甲方支付合同总金额的35%，即¥404,600。

3.3 系统验收合格后10个工作日内，甲方支付合同总金额的20%，即¥231,200。

## 第四条 实施与交付

4.1 乙方在收到预付款后120日内完成软件安装、定制开发和系统上线。

4.2 甲方应按乙方要求提供服务器、网络环境、基础数据和配合人员。因甲方原因造成延误的，交付期限相应顺延。

4.3 乙方交付的内容包括：软件安装介质及许可文件、系统管理员手册、用户操作手册、接口说明文档和培训材料。定制开发部分以可执行程序形式交付。

## 第五条 验收

5.1 系统上线运行30日后，乙方向甲方提交验收申请。验收依据为《需求规格说明书》和双方确认的《测试用例》，验收标准为：测试用例全部通过，且不存在未解决的一级缺陷；批次追溯可从成品批号追溯至原料入库批次；温湿度数据采集完整率达到《需求规格说明书》的要求。

5.2 甲方应在收到验收申请后10个工作日内组织验收。甲方逾期未组织验收，或未提出书面异议的，视为验收合格。

## 第六条 免费维护期与服务响应

6.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内，乙方免费提供软件缺陷修复和远程技术支持。

6.2 故障分级及响应：一级故障（系统整体无法使用）乙方在接到甲方报修后8个工作小时内响应；二级故障（部分功能无法使用）在2个工作日内响应；三级故障在下一版本中处理。乙方将尽力在合理时间内恢复系统运行。

6.3 乙方对响应或修复超时不承担扣款、赔偿或违约责任。

6.4 下列情况不属于免费维护范围：甲方或第三方擅自修改软件或数据库；服务器、网络、传感器等硬件故障；第三方软件引起的问题；甲方新增的需求。乙方处理上述问题的，按乙方人天单价另行收费。

## 第七条 维护期满后的服务

7.1 免费维护期满后，甲方如需乙方继续提供维护服务，年度维护服务费按乙方当年度公布的标准服务价格收取。

7.2 维护服务按年度提供，期满前甲方未书面通知终止的，自动续期一个服务年度。乙方有权根据市场和人工成本情况调整续期的维护服务价格，并提前30日通知甲方。

## 第八条 知识产权

8.1 蜀曜MES标准软件的著作权及其他知识产权归乙方所有。

8.2 乙方为本项目进行定制开发所形成的程序、源代码、接口、文档及其他成果，知识产权均归乙方所有。甲方在本项目范围内享有非独占的使用权，不得修改、反向工程或提供给任何第三方使用。

8.3 甲方不得对许可软件进行复制、出租或转许可。

## 第九条 数据

9.1 甲方在系统中产生的生产、质量、仓储和设备数据归甲方所有。

9.2 乙方远程维护时应通过加密通道登录，使用甲方分配的账号并遵守甲方的网络安全管理要求，不得擅自下载甲方数据。发生因乙方原因导致的数据丢失或泄露的，乙方应在24小时内通知甲方，协助恢复，并在本合同第十一条约定的范围内承担赔偿责任。

9.3 甲方同意，乙方有权使用经脱敏处理的甲方生产工艺数据（包括发酵周期、温湿度曲线和配料比例等）优化其行业工艺模型和开发新产品。

## 第十条 保密

双方对在履行本合同过程中获知的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内有效。

## 第十一条 违约责任

11.1 因乙方原因逾期完成系统上线的，每逾期一日，乙方按合同总金额的万分之二向甲方支付违约金，违约金累计不超过合同总金额的5%。

11.2 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金；逾期超过30日的，乙方有权暂停实施和服务。

11.3 乙方在本合同项下承担的全部赔偿责任（含违约金）累计不超过合同总金额的25%。

11.4 任何一方均不对对方的间接损失、利润损失承担责任。

## 第十二条 分包

乙方有权将部分定制开发、现场实施和硬件安装工作委托其合作伙伴完成，无需另行取得甲方同意，乙方对合作伙伴的工作成果承担责任。

## 第十三条 合同解除

13.1 任何一方严重违反本合同，经对方书面催告后30日内仍未纠正的，守约方有权解除本合同。

13.2 合同解除后，甲方应支付乙方已完成工作对应的费用。因甲方原因解除合同的，乙方已收取的预付款不予退还。

## 第十四条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方应友好协商；协商不成的，提交成都仲裁委员会仲裁。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同为乙方标准文本，双方另有约定的，以书面补充协议为准。

15.3 双方的通知以书面形式送达本合同首部所列地址，或发送至双方指定的电子邮箱，发出之日起第三日视为送达。

甲方（盖章）：四川红郫豆瓣酿造有限公司
乙方（盖章）：成都蜀曜智造科技有限公司
签订日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h156e01 — Huizhou loudspeaker maker: acoustic-design perpetual licence + configuration + support; vendor on
# Ilnacullin, Irish style, .txt, "Clause N" + N.M
# ---------------------------------------------------------------------------------------------------------------
H156E01 = """SOFTWARE LICENCE, CONFIGURATION AND SUPPORT AGREEMENT

Agreement No. GA-HZ-2025-07

BETWEEN:

(1) GARINISH ACOUSTICS LIMITED, a private company limited by shares incorporated in Ireland (registered number 612847), having its registered office at The Boathouse, Ilnacullin (Garinish Island), Glengarriff, Co. Cork, Ireland (the "Licensor"); and

(2) HUIZHOU XUNHE ELECTROACOUSTIC TECHNOLOGY CO., LTD., a company established under the laws of the People's Republic of China, having its registered office at No. 18 Shuikou Avenue, Huicheng District, Huizhou, Guangdong Province, China (the "Licensee").

RECITALS

(A) The Licensor develops "Sounding Board", a loudspeaker simulation and design suite.

(B) The Licensee designs and manufactures loudspeaker drivers and wishes to obtain perpetual licences of Sounding Board, its configuration to the Licensee's materials and measurement equipment, and the related support.

(C) At the Licensee's request, all prices under this Agreement are stated and payable in Chinese Renminbi (CNY).

NOW IT IS HEREBY AGREED as follows:

Clause 1 Definitions

1.1 In this Agreement: "Configuration Completion" means the date on which the Licensor certifies, and the Licensee confirms in writing, that the Configuration Services other than training are complete; "Configuration Services" means the services described in Clause 3; "Custom Deliverables" means the material database, rig integration scripts, design templates and report layouts created specifically for the Licensee under this Agreement; "Licensed Software" means the Sounding Board modules listed in Clause 4.1, with all updates supplied under this Agreement; "Licensee Data" means all designs, measurement results, material properties and other data supplied by or generated for the Licensee; "Working Day" means a day other than a Saturday, Sunday or public holiday in the People's Republic of China.

Clause 2 Licence

2.1 In consideration of the Licence Fee, the Licensor grants to the Licensee a perpetual, irrevocable, non-exclusive licence to install and use the Licensed Software on systems operated by the Licensee in the People's Republic of China, for the number of named users set out in Clause 4.1, for the Licensee's internal design and engineering purposes.

2.2 The Licensor shall deliver the licence keys and installation media within ten (10) Working Days after the date of this Agreement.

Clause 3 Configuration Services

3.1 The Licensor shall, at a fixed price:
(a) install the Licensed Software on the Licensee's servers in Huizhou;
(b) build a material database for the Licensee's cone papers, surrounds, spiders and magnet grades from measurement data supplied by the Licensee;
(c) integrate the Licensed Software with the Licensee's laser vibrometer and its two end-of-line measurement rigs, so that measured responses and driver parameters are imported automatically;
(d) create design templates for the Licensee's three product families (woofers, full-range drivers and tweeters); and
(e) deliver three training courses at the Licensee's premises, in Chinese.

3.2 The Licensor shall achieve Configuration Completion within seventy (70) days after the date of this Agreement.

Clause 4 Fees and Payment

4.1 The Contract Price is CNY 1,464,000, made up as follows:

Item | Quantity | Unit price (CNY) | Amount (CNY)
Sounding Board Core Suite, perpetual licence | 20 named users | 46,500 | 930,000
FEM/BEM Solver module, perpetual licence | 6 named users | 38,000 | 228,000
Licence Fee (subtotal) | | | 1,158,000
Configuration Services (fixed price) | 1 | 264,000 | 264,000
Training (three courses in Huizhou) | 1 | 42,000 | 42,000
Contract Price | | | 1,464,000

4.2 The Contract Price is inclusive of all taxes and shall be paid in the following instalments, each within thirty (30) days after receipt of a correct invoice:
(a) 20% (CNY 292,800) after signature of this Agreement;
(b) 45% (CNY 658,800) after Configuration Completion;
(c) 35% (CNY 512,400) after Final Acceptance.

Clause 5 Acceptance

5.1 After Configuration Completion the parties shall carry out acceptance tests at the Licensee's premises. The tests are passed when:
(a) for each of five reference drivers chosen by the Licensee, the simulated on-axis sound pressure level lies within plus or minus 1 dB of the measured response between 100 Hz and 10 kHz;
(b) measurement data from 500 consecutive production units are imported from the end-of-line rigs without manual correction;
(c) each design template produces complete part drawings and a bill of materials for a sample product of its family; and
(d) the Licensed Software has been used productively for twenty (20) Working Days without a Severity 1 fault.

5.2 When the tests are passed, the Licensee shall issue a Final Acceptance Certificate ("Final Acceptance") within ten (10) Working Days. If a test is failed, the Licensee shall give the Licensor a written list of defects, which the Licensor shall correct at its own cost before the relevant tests are repeated.

5.3 Neither installation, Configuration Completion, productive use of the Licensed Software nor any payment shall constitute acceptance.

Clause 6 Warranty

6.1 The Licensor warrants that, for eighteen (18) months from Final Acceptance (the "Warranty Period"), the Licensed Software and the Custom Deliverables will perform materially in accordance with their documentation.

6.2 During the Warranty Period the Licensor shall correct any non-conformity free of charge, supply all updates and new versions, and provide the support described in Clause 7.

Clause 7 Support and Service Levels

7.1 During the Warranty Period and each Support Year, the Licensor shall provide a helpdesk in Chinese and English from 08:30 to 18:00 China Standard Time on Working Days, and remote assistance through sessions opened by the Licensee.

7.2 Faults are handled as follows:
(a) Severity 1 (the Licensed Software cannot be used, or produces materially wrong results): response within 2 hours, workaround or fix within one (1) Working Day;
(b) Severity 2 (a function is unavailable, with a workaround): response within 8 working hours, fix within five (5) Working Days;
(c) Severity 3 (minor faults): fix in the next regular update.

7.3 For each hour or part of an hour by which a Severity 1 response is late, the Licensor shall credit the Licensee CNY 1,000, and for each Working Day by which a Severity 1 workaround or fix is late, CNY 2,000. Credits are deducted from the next payment due to the Licensor or, if none is due, paid within thirty (30) days.

Clause 8 Support after the Warranty Period

8.1 After the Warranty Period the Licensee may purchase support for periods of one support year (each a "Support Year") by purchase order. Support is not renewed automatically.

8.2 The annual support fee is 11% of the Licence Fee, that is CNY 127,380 per Support Year, fixed for the first three Support Years. After that, the fee shall not increase by more than 3% over the fee for the previous Support Year.

Clause 9 Intellectual Property

9.1 All intellectual property rights in the Licensed Software remain with the Licensor and its licensors.

9.2 All intellectual property rights in the Custom Deliverables vest in the Licensee on creation, and the Licensor hereby assigns them to the Licensee. The Licensor shall deliver them with their source files, and the Licensee may use, modify and license them to others without restriction.

9.3 The Licensor shall indemnify the Licensee against all claims that the Licensed Software or the Custom Deliverables infringe the intellectual property rights of a third party.

Clause 10 Licensee Data and Security

10.1 Licensee Data belongs to the Licensee. The Licensor shall use Licensee Data only to perform this Agreement and for no other purpose.

10.2 The Licensor's personnel shall access the Licensee's systems only through remote sessions approved and opened by the Licensee on each occasion, shall not copy Licensee Data to any system outside the Licensee's network or out of the People's Republic of China, and shall comply with the Licensee's information security rules and the PRC Cybersecurity Law and Data Security Law.

10.3 The Licensor shall notify the Licensee within twelve (12) hours after becoming aware of any unauthorised access to, or loss or disclosure of, Licensee Data, take all steps reasonably required to contain it, and be liable for the resulting loss and costs where it results from the Licensor's breach of this Clause 10.

Clause 11 Confidentiality

Each party shall keep confidential all information of the other party that is marked as confidential or is by its nature confidential, including the Licensee's product designs, and shall not disclose it to any third party without prior written consent, for five (5) years after the end of this Agreement.

Clause 12 Delay

12.1 If Configuration Completion is not achieved by the date in Clause 3.2 for reasons attributable to the Licensor, the Licensor shall pay to the Licensee liquidated damages of CNY 1,100 for each day of delay, up to a maximum of 10% of the Contract Price.

12.2 If the delay exceeds sixty (60) days, the Licensee may terminate this Agreement under Clause 15.

Clause 13 Limitation of Liability

13.1 The total aggregate liability of the Licensor under or in connection with this Agreement shall not exceed 150% of the Contract Price.

13.2 That limit does not apply to death or personal injury caused by negligence, fraud, the indemnity in Clause 9.3, or breach of Clauses 10 and 11. Neither party is liable for loss of profit or for indirect or consequential loss.

Clause 14 Subcontracting

The Licensor shall not subcontract any part of the Configuration Services or the support without the prior written consent of the Licensee, and remains responsible for any approved subcontractor.

Clause 15 Termination

The Licensee may terminate this Agreement by written notice if the Licensor commits a material breach which is not remedied within thirty (30) days after written notice, or if the Licensor enters into examinership, receivership or liquidation. On such termination before Final Acceptance, the Licensor shall refund all sums paid for items not accepted.

Clause 16 Governing Law and Disputes

16.1 This Agreement and any non-contractual obligations arising out of it are governed by the laws of Ireland.

16.2 Any dispute arising out of or in connection with this Agreement shall be referred to arbitration in Dublin under the Arbitration Act 2010, before a sole arbitrator appointed, failing agreement, by the President of the Law Society of Ireland. The language of the arbitration shall be English.

SIGNED for and on behalf of GARINISH ACOUSTICS LIMITED: ____________________ Director

SIGNED for and on behalf of HUIZHOU XUNHE ELECTROACOUSTIC TECHNOLOGY CO., LTD.: ____________________ Legal Representative
"""

# ---------------------------------------------------------------------------------------------------------------
# h156e02 — Yangshuo climbing-guide agency: booking SaaS, Order Form + General Terms; vendor on the Pfaueninsel,
# German style, .md, "§ N (1)"
# ---------------------------------------------------------------------------------------------------------------
H156E02 = """# Order Form No. PI-2025-0412

**Provider:** Pfaueninsel Buchungssysteme GmbH, Pfaueninsel 2, 14109 Berlin, Germany. Commercial register: Local Court (Amtsgericht) Charlottenburg, HRB 231774 B. Managing Director: Dr. Henrike Vossberg.

**Customer:** Yangshuo Karst Line Climbing Guides Co., Ltd., No. 6 Shibanqiao Village, Baisha Town, Yangshuo County, Guilin, Guangxi Zhuang Autonomous Region, China.

This Order Form, together with the General Terms and Conditions for the Kletterbuch Platform (Version 3.2) attached below (the "General Terms"), forms the contract between the Provider and the Customer (the "Contract"). If this Order Form and the General Terms conflict, this Order Form prevails.

## 1. Subscribed Service

Kletterbuch Professional, including: online booking widget for the Customer's website and WeChat mini-program; guide calendars and course planning; digital liability waivers in Chinese and English; gear-rental inventory; weather-based cancellation and rebooking workflow; checkout via WeChat Pay and Alipay; reporting. Accounts: 18 guide accounts and 3 office accounts.

## 2. Term

Initial Term: 24 months from the Go-Live Date. Extension: see § 11 (1) of the General Terms.

## 3. Fees

At the Customer's request, all fees are stated and payable in Chinese Renminbi (CNY).

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Kletterbuch Professional | CNY 8,600 per month x 24 months | 206,400 |
| Onboarding (one-time) | fixed price | 34,800 |
| **Total Contract Value** | | **241,200** |

## 4. Billing

The subscription fee is invoiced monthly in arrears. The onboarding fee is invoiced after Go-Live Acceptance under § 3 (2) of the General Terms. No amount is payable in advance.

## 5. Go-Live Date

Target Go-Live Date: 45 calendar days after signature of this Order Form.

## 6. Hosting and Subcontractor

Production hosting: Alibaba Cloud (Shenzhen region), operated by Alibaba Cloud Computing Co., Ltd., which the Customer approves as subcontractor by signing this Order Form.

## 7. Contacts

Provider: Mr. Jonas Elbrecht, customer success. Customer: Ms. Mo Xiaolan, operations manager.

Signed for the Provider: ____________________ Signed for the Customer: ____________________

---

# General Terms and Conditions for the Kletterbuch Platform (Version 3.2)

## § 1 Scope

(1) These General Terms apply to all contracts under which the Provider makes the Kletterbuch Platform available to business customers.

(2) Conflicting or supplementary terms of the Customer do not become part of the Contract, even if the Provider does not expressly object to them.

## § 2 Subject Matter of the Contract

(1) The Provider makes the Kletterbuch Platform available to the Customer as software as a service, via the internet, for the Initial Term and any extension. The Customer receives a non-exclusive, non-transferable right to use the platform for its own business for the duration of the Contract.

(2) The Provider may further develop the platform, provided that the functions set out in the Order Form are not materially reduced. The Provider shall announce material changes at least four weeks in advance.

## § 3 Onboarding and Go-Live Acceptance

(1) As part of onboarding, the Provider shall configure the booking widget in the Customer's design, import the Customer's catalogue of routes, courses and guide profiles, set up the bilingual waiver templates, connect WeChat Pay and Alipay, and train the Customer's office staff.

(2) The Go-Live Acceptance test is passed when: (a) fifty (50) test bookings have been completed end to end through the widget and the mini-program, including payment, cancellation and refund; (b) the calendars of all guide accounts are synchronised without conflicts; (c) signed waivers are stored and retrievable for each test booking; and (d) the imported catalogue and customer records reconcile with the Customer's export file. The Customer shall declare acceptance in text form within ten (10) working days after the Provider reports readiness. Productive use of the platform alone does not constitute acceptance.

(3) If the Go-Live Date is missed for reasons for which the Provider is responsible, the Provider shall pay a contractual penalty of CNY 160 for each calendar day of delay, limited to 5% of the Total Contract Value. The penalty is credited against any further damages.

## § 4 Fees and Payment

(1) The fees are set out in the Order Form. Invoices are payable within fourteen (14) days of receipt.

(2) The fees are fixed for the Initial Term and for any extension under § 11 (1).

## § 5 Availability and Support

(1) The Provider shall make the platform available 99.95% of the time in each calendar month, measured at the exit of the hosting data centre. Scheduled maintenance announced at least 48 hours in advance and carried out between 01:00 and 05:00 China Standard Time is not counted as unavailability.

(2) Support requests are handled as follows: Priority 1 (booking or payment unavailable for all users): response within one (1) hour at any time of day; Priority 2 (individual functions impaired): response within eight (8) hours on working days; Priority 3 (other questions): response on the next working day.

(3) If the availability under paragraph (1) or the response times under paragraph (2) are not met, the Customer shall not be entitled to service credits, a reduction of the fees or damages on that account. The Provider shall remedy the fault without undue delay.

## § 6 Customer Data and Data Protection

(1) All data entered into the platform by or for the Customer, in particular guest names, passport and contact details, waivers and booking records ("Customer Data"), remain the property of the Customer. The Provider processes Customer Data only to perform the Contract and on the Customer's documented instructions, and shall not use it for any purpose of its own, including analytics or product development.

(2) Customer Data is stored exclusively in mainland China. The Provider shall implement appropriate technical and organisational measures, in particular encryption in transit and at rest, role-based access control, logging of all administrative access, daily back-ups with quarterly restore tests, and compliance with the Personal Information Protection Law of the People's Republic of China. The Provider's support staff in Berlin may access the production environment only through a remote session approved by the Customer for the individual case; Customer Data shall not be downloaded or stored outside mainland China.

(3) The Provider shall notify the Customer of any personal information security incident without undue delay and in any case within 24 hours, support the Customer in its notification duties towards authorities and data subjects, and bear the costs and damages caused by incidents resulting from a breach of its obligations.

(4) After the end of the Contract, the Provider shall make all Customer Data available for export in a common format for thirty (30) days and then delete it, confirming the deletion in writing.

## § 7 Intellectual Property

(1) All rights in the platform, including its further developments, remain with the Provider.

(2) Configurations, widget designs, route and course catalogues, waiver texts and report layouts created specifically for the Customer belong exclusively to the Customer. The Customer may use, modify and license them to third parties without restriction, also after the end of the Contract; the Provider shall hand them over in an editable format on request.

## § 8 Confidentiality

(1) Each party shall keep confidential all business and trade secrets of the other party that become known to it in connection with the Contract, and use them only for the purposes of the Contract.

(2) This obligation continues for three (3) years after the end of the Contract.

## § 9 Subcontractors

(1) The hosting partner named in the Order Form is approved.

(2) The Provider may engage any other subcontractor only with the Customer's prior written consent. The Provider remains responsible for its subcontractors as for its own acts.

## § 10 Liability

(1) The Provider is liable without limitation for intent and gross negligence, for injury to life, body or health, and under the Product Liability Act.

(2) In cases of slight negligence, the Provider is liable only for the breach of an obligation whose fulfilment is essential for the proper performance of the Contract, and limited to the damage typical of the contract and foreseeable at its conclusion.

(3) In all other cases, the Provider's total liability under the Contract is limited to the fees paid by the Customer in the six (6) months preceding the event giving rise to the claim.

## § 11 Term and Termination

(1) The Contract runs for the Initial Term. It then extends by six (6) months at a time, at unchanged fees, unless either party gives notice of termination three (3) months before the end of the current term.

(2) Ordinary termination during the Initial Term is excluded.

(3) The right of either party to terminate for good cause without notice remains unaffected. Good cause for the Customer exists in particular if the Provider commits a material breach of the Contract and does not remedy it within fourteen (14) days after a written warning.

(4) Any notice of termination must be given in writing.

## § 12 Governing Law and Place of Jurisdiction

(1) The Contract is governed by the laws of the Federal Republic of Germany, excluding the United Nations Convention on Contracts for the International Sale of Goods.

(2) The exclusive place of jurisdiction for all disputes arising out of or in connection with the Contract is Berlin, Germany.

## § 13 Final Provisions

(1) Amendments and supplements to the Contract must be made in writing; this also applies to any waiver of this written-form requirement.

(2) Should any provision of the Contract be or become invalid, the validity of the remaining provisions is not affected. The parties shall replace the invalid provision with a valid one that comes as close as possible to its economic purpose.

(3) The Contract is made in English. A Chinese translation is provided for convenience only.
"""

# ---------------------------------------------------------------------------------------------------------------
# h156e03 — Nantong puffer-fish farm: tank sensors + maintenance; integrator on Cézon (French), buyer's paper, .docx,
# "Article N – Title" + N.M, Word price table
# ---------------------------------------------------------------------------------------------------------------
H156E03 = """T:Contract for the Supply, Installation and Maintenance of a Tank Water-Quality Monitoring System
P:Contract No. HYHT-2025-EQ-019
P:Between: Nantong Haiyu Pufferfish Aquaculture Co., Ltd., a company established in the People's Republic of China, with its registered office at No. 88 Binhai Road, Rudong County, Nantong, Jiangsu Province, China (the "Buyer"),
P:And: Cézon Aquatech SARL, a limited liability company incorporated in France, registered with the Trade and Companies Register of Brest, with its registered office at Île Cézon, 29870 Landéda, France (the "Supplier").
P:The Buyer operates a recirculating aquaculture farm for the obscure pufferfish (Takifugu obscurus) with ninety-six (96) indoor tanks in four halls. Following a competitive enquiry, the Buyer has selected the Supplier to supply and install a water-quality monitoring and alarm system and to maintain it. This Contract is the Buyer's standard form, completed with the Supplier's technical offer of 3 June 2025 (the "Technical Offer"), which forms Annex 1. At the Buyer's request, all prices are stated and payable in Chinese Renminbi (CNY).
H:Article 1 – Purpose
P:1.1 The Supplier shall supply, install, configure and commission the monitoring system described in Article 2 for all 96 tanks, integrate it with the Buyer's backup aeration and oxygen-injection equipment, train the Buyer's staff, and maintain the system in accordance with Articles 7 and 8.
P:1.2 The system shall measure dissolved oxygen, pH, oxidation-reduction potential, temperature, total ammonia nitrogen and nitrite, raise alarms by siren, SMS and telephone call to the duty staff, and automatically start the backup aeration of a tank when dissolved oxygen falls below the set point.
H:Article 2 – Scope of Supply and Price
P:2.1 The Contract Price is CNY 1,300,000, inclusive of VAT, packing, transport to the farm, insurance, customs formalities, installation, commissioning and training. It is a fixed price and is not subject to revision.
P:2.2 The price breakdown is as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Optical dissolved-oxygen probe with cleaning brush|96|3,650|350,400
TB:2|pH / ORP combination probe with temperature sensor|96|1,980|190,080
TB:3|Online ammonia and nitrite analyser (one per eight tanks)|12|21,500|258,000
TB:4|Tank controller with aeration and oxygen-valve relays|24|6,200|148,800
TB:5|Hall gateway with cellular back-up link|4|9,400|37,600
TB:6|Monitoring and alarm platform, perpetual licence|1|126,000|126,000
TB:|Equipment and Licence Subtotal|||1,110,880
TB:7|Installation, cabling and commissioning|1|168,620|168,620
TB:8|Calibration and operation training|1|20,500|20,500
TB:|Contract Price|||1,300,000
H:Article 3 – Payment
P:3.1 The Buyer shall pay the Contract Price by bank transfer in the following instalments, each within twenty (20) working days after receipt of a correct invoice:
LN:10% (CNY 130,000) as an advance payment after signature, against an advance-payment guarantee issued by a bank acceptable to the Buyer;
LN:55% (CNY 715,000) after the Installation Certificate under Article 5.2 has been signed;
LN:35% (CNY 455,000) after the Final Acceptance Certificate under Article 6.3 has been signed.
P:3.2 The Installation Certificate only records that the equipment has been delivered and installed; it does not constitute acceptance of the system.
H:Article 4 – Delivery and Programme
P:4.1 The Supplier shall deliver all equipment to the farm within sixty (60) days after signature and complete installation and commissioning within forty-five (45) days after delivery.
P:4.2 Installation shall be carried out hall by hall, so that at no time are more than twenty-four (24) tanks without monitoring. The Supplier shall coordinate the programme with the Buyer's farm manager, who may suspend work in a hall during critical stocking periods.
H:Article 5 – Installation
P:5.1 The Buyer shall provide power supply points, network connections to each hall and access to the tanks. The Supplier is responsible for all cabling, mounting, configuration and the interface with the backup aeration and oxygen-injection equipment.
P:5.2 When installation of all four halls is complete, the parties shall sign an Installation Certificate listing the equipment installed.
H:Article 6 – Acceptance
P:6.1 After installation the Supplier shall carry out commissioning tests in the presence of the Buyer, and the system shall then run for a trial period of thirty (30) days.
P:6.2 The acceptance criteria are: (a) the readings of every probe agree with reference measurements taken by the Buyer's laboratory within the tolerances of Annex 2; (b) every alarm path (siren, SMS and telephone call) is triggered successfully for each tank; (c) the backup aeration starts automatically within ten (10) seconds when dissolved oxygen falls below the set point in a simulated test on every tank; (d) no alarm is lost and no tank is without data for more than fifteen (15) minutes during the trial period; and (e) the documentation, calibration records and configuration backups listed in Annex 2 have been handed over.
P:6.3 When all criteria are met, the Buyer shall sign the Final Acceptance Certificate within ten (10) working days. If a criterion is not met, the Supplier shall remedy the defect at its own cost and the relevant tests and, where the Buyer so requires, the trial period shall be repeated. Delivery, installation, use of the system by the Buyer or payment do not constitute acceptance.
H:Article 7 – Warranty and Service Levels
P:7.1 The Supplier warrants the equipment and the licensed software for twenty-four (24) months from the date of the Final Acceptance Certificate. During this period the Supplier shall repair or replace any defective item free of charge, including probes, sensor caps and analyser reagent pumps that fail in normal use, and shall supply software updates free of charge.
P:7.2 Faults shall be handled as follows: Critical (alarm or automatic aeration fails for one or more tanks): response within thirty (30) minutes by telephone or remote access and technician on site within three (3) hours; Major (a single parameter fails in a hall): response within two (2) hours and repair within one (1) working day; Minor: repair at the next scheduled visit.
P:7.3 For each hour or part of an hour by which a Critical response or on-site time is exceeded, the Supplier shall pay the Buyer CNY 1,000, and for each Major fault not repaired in time, CNY 500 per day. These amounts may be deducted from any sum due to the Supplier.
P:7.4 The Supplier shall keep a stock of spare probes and controllers at its service point in Nantong, which is operated by its authorised service partner Nantong Blue Current Instruments Co., Ltd.
H:Article 8 – Maintenance after the Warranty
P:8.1 After the warranty period the Supplier shall, if the Buyer so requests, provide maintenance for the third, fourth and fifth years after Final Acceptance, including quarterly calibration visits, repair and replacement of defective parts, software updates and the service levels of Article 7.
P:8.2 The annual maintenance fee is 7.5% of the Equipment and Licence Subtotal, that is CNY 83,316 per year, fixed for these three years and payable quarterly in arrears. Maintenance is ordered year by year in writing; it is not renewed automatically.
H:Article 9 – Intellectual Property
P:9.1 The platform software remains the property of the Supplier or its licensors; the Buyer receives a perpetual licence to use it for the farm.
P:9.2 The alarm rules, control logic for the backup aeration, dashboards, interface programs and configuration files developed for the Buyer belong to the Buyer, who may use, modify and license them to others freely. The Supplier shall hand them over with their source files at Final Acceptance.
H:Article 10 – Data and Security
P:10.1 All measurement data, alarm records, feeding and stocking records and other data generated by the system belong to the Buyer and may be used by the Supplier only to perform this Contract.
P:10.2 The platform shall be installed on the Buyer's server at the farm. The Supplier may access it remotely only through the Buyer's VPN, for each intervention after approval by the farm manager, and shall not copy data outside the Buyer's network. Passwords shall be changed at Final Acceptance and handed over to the Buyer.
P:10.3 The Supplier shall report any security incident affecting the system or the Buyer's data within two (2) hours, take immediate remedial measures and compensate the Buyer for the loss caused where the incident results from the Supplier's fault.
H:Article 11 – Confidentiality
P:Each party shall keep confidential the information received from the other party under this Contract, in particular the Buyer's stocking densities, production volumes and farm layout, and shall not disclose it to third parties without prior written consent. This obligation continues for five (5) years after the end of the Contract.
H:Article 12 – Penalties for Delay
P:12.1 If the Supplier fails to complete delivery or installation and commissioning within the periods of Article 4.1, it shall pay penalties of one-thousandth (1/1000) of the Contract Price for each calendar day of delay, capped at 10% of the Contract Price.
P:12.2 Penalties are deducted from payments due, and do not release the Supplier from its obligations.
H:Article 13 – Subcontracting
P:The Supplier may subcontract the maintenance visits to the service partner named in Article 7.4, which the Buyer approves by signing this Contract. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains fully responsible for its subcontractors.
H:Article 14 – Termination
P:14.1 The Buyer may terminate this Contract by registered letter if the Supplier commits a material breach and does not remedy it within fifteen (15) days after formal notice, or if the penalties for delay reach their cap.
P:14.2 On termination, the Supplier shall refund the amounts paid for equipment not yet accepted and compensate the Buyer for its loss.
H:Article 15 – Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Nantong Arbitration Commission for arbitration in Nantong, in accordance with its rules in force. The award is final and binding.
H:Article 16 – Miscellaneous
P:This Contract is made in English and Chinese, both versions being equally authentic. It enters into force on signature by both parties. Annex 1: Technical Offer. Annex 2: Acceptance tolerances and handover list.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h156e04 — Hangzhou live-streaming agency: managed IT + desktop support; provider on Gometra, Scottish style, .txt,
# "N. HEADING" + N.M
# ---------------------------------------------------------------------------------------------------------------
H156E04 = """MANAGED IT AND DESKTOP SUPPORT SERVICES AGREEMENT

between

GOMETRA MANAGED IT LIMITED, a company incorporated under the Companies Acts in Scotland (registered number SC701562), having its registered office at Gometra House, Isle of Gometra, Argyll, Scotland (the "Provider")

and

HANGZHOU XINGBO CULTURE MEDIA CO., LTD., a company established in the People's Republic of China, having its registered office at Floor 9, Building 3, No. 1008 Jianghui Road, Binjiang District, Hangzhou, Zhejiang Province, China (the "Client")

WHEREAS the Client operates a live-streaming agency with fourteen (14) streaming studios, an editing suite and offices in Hangzhou, and wishes to outsource the management of its IT estate and desktop support; and the Provider, through its team in Hangzhou, provides managed IT services; the parties HAVE AGREED AND DO HEREBY AGREE as follows:

1. DEFINITIONS

1.1 In this Agreement: "Charges" means the charges set out in Clause 4; "Client Data" means all data, recordings, files and information of the Client or of its streamers that the Provider handles in providing the Services; "Commencement Date" means the date on which Onboarding Acceptance is confirmed under Clause 3.3; "Minimum Term" means twenty-four (24) months from the Commencement Date; "Services" means the services described in Clause 2 and the Schedule; "Service Levels" means the levels in Clause 5.

1.2 Words in the singular include the plural, and references to Clauses are to clauses of this Agreement.

2. THE SERVICES

2.1 The Provider shall provide the following Services:
(a) service desk by telephone, WeChat and ticket portal, staffed from 09:00 until 02:00 the following morning, seven days a week, to match the Client's streaming schedule;
(b) desktop support for 160 laptops and desktop computers, including the streaming encoder workstations in each studio, with installation, imaging, patching and break-fix;
(c) management of the office and studio network, including switches, wireless access points, the firewall and the two internet lines;
(d) administration of the Client's cloud office accounts, file server and network-attached storage used for stream recordings and edited clips;
(e) nightly backup of the file server and the network-attached storage to the Client's second storage device, with a monthly restore test;
(f) asset register, onboarding and offboarding of staff and streamers' devices; and
(g) a monthly service report and a quarterly review meeting.

2.2 Hardware, software licences and internet lines are purchased by the Client and are not included in the Charges, save for the monitoring software provided by the Provider.

3. ONBOARDING

3.1 The Provider shall complete onboarding within forty (40) days after signature of this Agreement. Onboarding comprises a site survey, a complete asset inventory, installation of monitoring agents, documentation of the network and accounts, and the transfer of administrator credentials from the Client's current supplier.

3.2 Onboarding Acceptance criteria: (a) every device in the asset inventory reports to the monitoring system; (b) the network documentation and the administrator password vault are handed over to the Client's designated manager; (c) a backup and restore test of the file server and the network-attached storage has been successfully performed; and (d) the service desk has handled tickets for ten (10) working days without a missed Priority 1 response.

3.3 The Client shall confirm Onboarding Acceptance in writing within five (5) working days after the criteria are met, or give reasons for refusal. The start of the Services or payment of any Charges does not amount to Onboarding Acceptance.

3.4 If onboarding is not completed within the period in Clause 3.1 for reasons within the Provider's control, the Provider shall pay the Client CNY 800 for each day of delay.

3.5 The Provider shall assign a named service manager and not fewer than three engineers based in Hangzhou to the Client's account, and shall replace any individual to whom the Client reasonably objects. Provider personnel working at the Client's premises shall follow the Client's studio rules, in particular the rules on silence and access during live broadcasts.

3.6 The Client shall give the Provider reasonable access to its premises and systems outside live broadcasts, keep manufacturer warranties and software subscriptions for its equipment in force, and inform the Provider at least five (5) working days in advance of planned events, such as large promotional broadcasts, that require additional support.

4. CHARGES AND PAYMENT

4.1 At the Client's request, the Charges are stated and payable in Chinese Renminbi (CNY):

Item                                             Basis                         Amount (CNY)
Monthly service charge                           CNY 46,500 x 24 months        1,116,000
Onboarding charge (one-time)                     fixed                            58,000
Total Charges for the Minimum Term                                             1,174,000

4.2 The monthly service charge is invoiced monthly in arrears from the Commencement Date. The onboarding charge is invoiced after Onboarding Acceptance. No sum is payable in advance.

4.3 Invoices are payable within thirty (30) days after receipt. The Charges include VAT at the applicable rate and are fixed for the Minimum Term.

5. SERVICE LEVELS AND SERVICE CREDITS

5.1 The Provider shall meet the following Service Levels during service desk hours:
Priority 1 (a streaming studio, the network or the storage is down): response within 30 minutes, engineer on site within 2 hours, restoration within 6 hours;
Priority 2 (a single user or device cannot work): response within 1 hour, resolution within 1 working day;
Priority 3 (requests and minor faults): response within 8 hours, resolution within 3 working days.

5.2 For each Priority 1 incident where the response or restoration time is missed, the Provider shall credit 2% of the monthly service charge, and for each Priority 2 ticket not resolved within its resolution time, a further 0.5%. Service credits in any month shall not exceed 20% of the monthly service charge.

5.3 Service credits are shown in the monthly service report and deducted from the next invoice.

6. CLIENT DATA

6.1 Client Data remains the property of the Client. The Provider shall use Client Data only for the purpose of providing the Services and shall return it to the Client on request and at the end of this Agreement.

7. INTELLECTUAL PROPERTY

7.1 The monitoring software remains the property of the Provider or its licensors and is licensed to the Client for the duration of this Agreement.

7.2 The network documentation, scripts, device images, configuration files and runbooks prepared for the Client belong to the Client, which may use, modify and pass them to any successor supplier freely.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential all information of the other party obtained under this Agreement, including the Client's contracts with streamers, commercial terms with brands and unreleased content, and shall not disclose it to any third party without prior written consent, save as required by law.

8.2 This Clause 8 survives termination for five (5) years.

9. LIABILITY

9.1 The Provider's total liability under or in connection with this Agreement, whether in contract, delict or otherwise, shall not exceed 125% of the Total Charges for the Minimum Term.

9.2 Neither party shall be liable for loss of profit, revenue or business, or for indirect loss.

9.3 Nothing in this Agreement limits liability for death or personal injury caused by negligence, or for fraud.

10. SUBCONTRACTING

10.1 The Provider shall not subcontract the performance of any part of the Services without the prior written consent of the Client, and remains liable for any subcontractor so approved.

11. DURATION AND TERMINATION

11.1 This Agreement commences on signature and continues for the Minimum Term. Thereafter it continues for successive periods of six (6) months at the same Charges unless either party gives not less than ninety (90) days' written notice before the end of the Minimum Term or of any such period.

11.2 The Client may not terminate this Agreement before the end of the Minimum Term. The service credits in Clause 5 are the Client's sole and exclusive remedy for any failure to meet the Service Levels, and the Client waives any right to rescind this Agreement on account of breach by the Provider, including material breach.

11.3 The Provider may terminate this Agreement on thirty (30) days' written notice if undisputed Charges remain unpaid for more than sixty (60) days after their due date.

11.4 On expiry or termination, the Provider shall co-operate with the Client and any successor supplier for up to thirty (30) days to hand over documentation, credentials and Client Data.

12. FORCE MAJEURE

Neither party shall be liable for any delay or failure caused by circumstances beyond its reasonable control, including power failures of the public grid and internet outages of the carriers.

13. NOTICES

Notices shall be given in writing by courier or e-mail to the addresses of the parties stated above, or such other address as a party may notify.

14. GOVERNING LAW AND DISPUTES

14.1 At the Client's request, this Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou in accordance with its rules. The award shall be final and binding on both parties.

15. GENERAL

15.1 This Agreement, together with the Schedule, constitutes the entire agreement between the parties.

15.2 No variation shall be effective unless made in writing and signed by both parties.

15.3 This Agreement is executed in English and Chinese; both texts are equally authentic.

IN WITNESS WHEREOF these presents are subscribed as follows:

For GOMETRA MANAGED IT LIMITED: ____________________ Director, at Isle of Gometra on ____________ 2025

For HANGZHOU XINGBO CULTURE MEDIA CO., LTD.: ____________________ Legal Representative, at Hangzhou on ____________ 2025

SCHEDULE: Service description, device list and escalation contacts.
"""

# ---------------------------------------------------------------------------------------------------------------
# h156e05 — Luoyang peony-product exporter: certificate-of-origin API subscription + integration; vendor on Mal di
# Ventre, Italian style, .pdf, "Art. N (title)" + N.M
# ---------------------------------------------------------------------------------------------------------------
H156E05 = """T:Subscription and Integration Agreement — OriginLink Certificate-of-Origin API
P:Agreement No. VDT-CN-2025-031
P:BY AND BETWEEN
P:Ventre Digital Trade S.r.l., a limited liability company incorporated in Italy, with registered office at Isola di Mal di Ventre, 09072 Cabras (OR), Sardinia, Italy, VAT number IT03918450921, in the person of its legal representative (the "Provider");
P:AND
P:Luoyang Mudan Tianxiang Biotechnology Co., Ltd., a company established in the People's Republic of China, with registered office at No. 26 Kaiyuan Avenue, Luolong District, Luoyang, Henan Province, China, in the person of its legal representative (the "Customer");
P:(each a "Party" and together the "Parties").
H:Recitals
P:A) The Provider operates OriginLink, an application programming interface (API) and web console that determines the preferential origin of goods, prepares applications for certificates of origin under the free trade agreements of the People's Republic of China, and transmits them through the exporter's own account on the China International Trade Single Window.
P:B) The Customer produces and exports peony seed oil, peony flower tea and peony-based cosmetics to markets in ASEAN, Korea, Chile and New Zealand, and wishes to connect its ERP system to OriginLink.
P:C) At the Customer's request, all amounts under this Agreement are expressed and payable in Chinese Renminbi (CNY).
P:NOW, THEREFORE, the Parties agree as follows.
H:Art. 1 (Recitals and Annexes)
P:1.1 The recitals and the annexes form an integral and substantial part of this Agreement. Annex A describes the OriginLink functions; Annex B sets out the integration specification and the acceptance test cases.
H:Art. 2 (Subject Matter)
P:2.1 The Provider grants the Customer access to the OriginLink API and web console for the Subscription Term, including the origin-rules engine for the agreements listed in Annex A, the preparation of up to 2,400 certificate applications per subscription year, and the storage of the related documents.
P:2.2 The Provider shall develop and install a connector between the Customer's ERP system and OriginLink, map the Customer's product master data, bills of materials and HS codes, and configure the Customer's templates for the certificates it uses (the "Integration Services").
P:2.3 The Customer shall appoint a project contact, provide access to a test environment of its ERP system and the master data needed for the Integration Services, and remain responsible for the accuracy of the data it submits and for the applications filed in its own name. The Customer shall keep its Single Window credentials confidential and shall inform the Provider without delay of any change to its export registration.
H:Art. 3 (Term)
P:3.1 The Subscription Term is twenty-four (24) months from the date of Integration Acceptance under Art. 5.
P:3.2 At its expiry the Agreement is tacitly renewed for further periods of twenty-four (24) months at the same fees, unless either Party gives notice of non-renewal by registered letter or certified e-mail at least sixty (60) days before expiry.
H:Art. 4 (Fees and Payment)
P:4.1 The fees are as follows:
TB:Item|Basis|Amount (CNY)
TB:OriginLink annual subscription fee|CNY 88,000 x 2 subscription years|176,000
TB:Integration Services (connector, data mapping, templates)|fixed price|76,000
TB:Contract Value|total|252,000
P:4.2 Payment terms: (a) the annual subscription fee for the first subscription year (CNY 88,000) and 60% of the Integration Services fee (CNY 45,600) are invoiced on signature of this Agreement and payable within fifteen (15) days of the invoice; (b) the balance of the Integration Services fee (CNY 30,400) is invoiced after Integration Acceptance; (c) the annual subscription fee for the second subscription year is invoiced at the start of that year.
P:4.3 Certificate applications in excess of the yearly allowance are charged at CNY 28 each and are invoiced quarterly in arrears. The fees are inclusive of taxes, except any tax that PRC law requires the Customer to withhold.
H:Art. 5 (Integration and Acceptance)
P:5.1 The Provider shall complete the Integration Services within fifty (50) days of signature of this Agreement.
P:5.2 Integration Acceptance takes place when the Customer has run the test cases of Annex B in the test environment and: (a) for twenty (20) representative export orders, the origin determination and the draft certificate agree with the results checked by the Customer's customs broker; (b) product master data and bills of materials for all active products are transferred from the ERP system without manual correction; (c) five (5) applications have been transmitted through the Single Window and accepted for processing; and (d) the user and administrator documentation has been delivered.
P:5.3 The Customer shall sign the acceptance report within ten (10) working days after the tests are completed, or state the defects found in writing. Use of OriginLink in production before that date does not constitute acceptance.
H:Art. 6 (Service and Support)
P:6.1 The Provider shall use commercially reasonable efforts to keep OriginLink available at all times and to update the origin rules when the relevant agreements change.
P:6.2 Support requests may be sent to the Provider's support mailbox or through the console. The Provider will endeavour to answer them within a reasonable time during its business hours and to correct faults as soon as practicable.
H:Art. 7 (Penalty for Delay)
P:7.1 If the Integration Services are not completed within the period in Art. 5.1 for reasons attributable to the Provider, the Provider shall pay a penalty of 0.08% of the Contract Value for each day of delay, up to 8% of the Contract Value, without prejudice to compensation for further damage.
H:Art. 8 (Intellectual Property)
P:8.1 OriginLink, its origin-rules engine and its documentation remain the exclusive property of the Provider.
P:8.2 The connector developed for the Customer, its source code, the data mappings and the certificate templates belong exclusively to the Customer, which may use, modify and license them to third parties without restriction. The Provider shall deliver the source code at Integration Acceptance.
H:Art. 9 (Customer Data and Security)
P:9.1 All data transmitted by the Customer, including product formulas, bills of materials, supplier declarations, invoices and consignee details, together with the certificates generated, belong to the Customer. The Provider shall process them only to perform this Agreement and for no other purpose.
P:9.2 Customer data is hosted exclusively in a data centre in mainland China operated by the Provider's hosting partner named in Annex A. The Provider shall apply encryption in transit and at rest, multi-factor authentication for administrative access, access logging and daily back-ups, and shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China. No Customer data shall be transferred outside mainland China.
P:9.3 In the event of a security incident affecting Customer data, the Provider shall inform the Customer within twelve (12) hours, take all necessary measures to limit its effects, and compensate the Customer for the damage arising from any breach of this Art. 9.
P:9.4 At the end of the Agreement the Provider shall return the data in a structured format and then delete it within thirty (30) days, confirming the deletion in writing.
H:Art. 10 (Confidentiality)
P:10.1 Each Party shall keep strictly confidential all information concerning the other Party's business, including the Customer's formulas, prices and customers, and shall not disclose it to third parties without the other Party's prior written consent. This obligation survives for five (5) years after termination.
H:Art. 11 (Liability)
P:11.1 The Provider's total liability arising out of or in connection with this Agreement shall not exceed 150% of the Contract Value, except in the case of wilful misconduct or gross negligence, or breach of Art. 9 and Art. 10.
H:Art. 12 (Subcontracting)
P:12.1 The hosting partner named in Annex A is approved by the Customer upon signature. The Provider shall not subcontract any other part of its obligations without the Customer's prior written consent.
H:Art. 13 (Termination)
P:13.1 Either Party may terminate this Agreement if the other Party commits a material breach and fails to remedy it within fifteen (15) days after receiving a written notice to perform.
P:13.2 If the Customer terminates under Art. 13.1, the Provider shall refund the fees paid for the period after termination and for Integration Services not accepted.
P:13.3 On any termination, the Provider shall keep the Customer's access to the console open for thirty (30) days so that the Customer can download its certificates and records, and shall assist in transferring the connector to the Customer's new service provider at its standard rates.
H:Art. 14 (Governing Law and Disputes)
P:14.1 At the Customer's request, this Agreement is governed by the laws of the People's Republic of China.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be referred to the Luoyang Arbitration Commission for arbitration in Luoyang in accordance with its rules. The arbitral award is final.
H:Art. 15 (Final Provisions)
P:15.1 Any amendment to this Agreement must be made in writing and signed by both Parties. This Agreement is drawn up in English and Chinese; in case of discrepancy the English text prevails.
P:15.2 Neither Party is liable for failure to perform caused by events beyond its reasonable control, including interruptions of the Single Window or of public networks, provided that it informs the other Party promptly and resumes performance as soon as possible.
P:15.3 The Customer declares that it has read this Agreement and specifically approves Art. 3.2 (tacit renewal), Art. 6 (service and support), Art. 11 (liability) and Art. 13 (termination).
P:Place and date: Luoyang, ____________ 2025
P:The Provider ____________________    The Customer ____________________
"""

SOURCES = {"h156z01": H156Z01, "h156z02": H156Z02, "h156z03": H156Z03, "h156z04": H156Z04, "h156z05": H156Z05,
           "h156e01": H156E01, "h156e02": H156E02, "h156e03": H156E03, "h156e04": H156E04, "h156e05": H156E05}
TEXT_TARGETS = {"h156z01": "h156z01_city_civil_air_defence_platform_integration.txt",
                "h156z03": "h156z03_bakery_chain_ordering_membership_saas.md",
                "h156z05": "h156z05_chilli_bean_paste_mes_supplier_template.md",
                "h156e01": "h156e01_loudspeaker_acoustic_design_licence_irish_vendor.txt",
                "h156e02": "h156e02_climbing_guide_booking_saas_german_vendor.md",
                "h156e04": "h156e04_live_streaming_managed_it_scottish_provider.txt"}
TARGETS = {"h156z02": ("h156z02_alloy_wheel_xray_inspection_system.docx", "docx"),
           "h156z04": ("h156z04_county_water_resources_platform_om.pdf", "pdf"),
           "h156e03": ("h156e03_puffer_fish_farm_tank_sensors_french_integrator.docx", "docx"),
           "h156e05": ("h156e05_peony_exporter_origin_certificate_api_italian_vendor.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for key, name in TEXT_TARGETS.items():
        (OUT / name).write_text(SOURCES[key], encoding="utf-8")
        print("wrote", name)
    write({k: SOURCES[k] for k in TARGETS}, TARGETS, OUT, wrap_words=True)
