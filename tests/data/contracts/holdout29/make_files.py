"""Builds the .docx and .pdf contracts of holdout29 from the markup below (see ../word_pdf.py for the markup).

Run with /work/main/.venv/bin/python make_files.py; the .txt/.md contracts of this folder are plain files and are not
built here. PDFs are broken into lines at word boundaries first (word_pdf.prewrap), as in holdout15 onwards.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H29Z01 = """\
T:青川省免疫规划信息系统升级改造项目合同
P:合同编号：QCJK-ZC-2025-0417
P:甲方（采购人）：青川省疾病预防控制中心
P:住所：青川省临江市建设北路 66 号
P:乙方（供应商）：青川卫信科技股份有限公司
P:住所：青川省临江市高新区云栖路 9 号
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据青川省免疫规划信息系统升级改造项目公开招标文件（项目编号：QCZC-2025-0312）、乙方投标文件及中标通知书，甲乙双方本着平等自愿、诚实信用的原则，经协商一致，订立本合同，双方共同遵守。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方负责将甲方现有的免疫规划信息系统升级为全省集中部署的新版免疫规划平台，工作内容包括：服务器、存储设备及数据库软件的供货与安装，平台软件许可，与国家免疫规划信息系统、省全民健康信息平台、医疗机构 HIS 系统及疫苗追溯监管系统的接口定制开发，历史接种数据迁移，系统部署、联调、培训，以及质保期内的运行维护。
P:1.2 系统覆盖全省一百二十六个县（市、区）疾病预防控制机构及两千三百余个预防接种单位，支持儿童预防接种、成人接种、疫苗出入库、冷链监测、疑似预防接种异常反应报告等业务。
P:1.3 具体功能、性能及技术指标以附件一《技术需求规格书》为准；附件一与乙方投标文件不一致的，以对甲方更有利的标准为准。
H:第二条 合同价款
P:2.1 本合同为固定总价合同，合同总价为人民币壹佰玖拾捌万元整（¥1,980,000.00），包括设备及软件价款、接口开发、数据迁移、运输保险、安装部署、培训、税费及质保期内全部服务费用。除本合同另有约定外，甲方不再支付其他任何费用。
P:2.2 分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|应用及数据库服务器|4 台|86,000|344,000
TB:2|集中存储设备（含 60TB 有效容量）|1 套|268,000|268,000
TB:3|数据库软件许可（企业版）|2 套|96,000|192,000
TB:4|免疫规划平台软件许可（永久，省级部署不限用户数）|1 套|560,000|560,000
TB:|软硬件价款小计|||1,364,000
TB:5|接口定制开发（国家平台、全民健康平台、HIS、疫苗追溯）|1 项|412,000|412,000
TB:6|历史接种数据迁移|1 项|138,000|138,000
TB:7|部署实施及培训|1 项|66,000|66,000
TB:|合同总价|||1,980,000
H:第三条 付款方式
P:3.1 本合同签订后，乙方向甲方提交由银行出具的、金额为合同总价百分之十的预付款保函，甲方在收到保函及等额合法发票后十五个工作日内，向乙方支付合同总价的百分之十，即人民币壹拾玖万捌仟元整，作为预付款。
P:3.2 系统初验合格、双方签署初验报告后，甲方在收到等额发票后十五个工作日内支付合同总价的百分之五十，即人民币玖拾玖万元整。
P:3.3 系统终验合格、甲方签署终验报告后，甲方在收到等额发票后十五个工作日内支付合同总价的百分之四十，即人民币柒拾玖万贰仟元整。设备到货、安装、系统上线及试运行期间的使用，均不构成验收，不作为支付本条款项的依据。
P:3.4 乙方收款账户以本合同首页所载为准。乙方变更账户的，应提前以加盖公章的书面形式通知甲方。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后三十日内将全部设备运抵甲方指定的省级数据中心机房，并提供装箱单、合格证、原厂授权及质保承诺函。
P:4.2 乙方应于合同签订后九十日内完成设备安装、平台部署、接口开发及数据迁移，并提出初验申请。
P:4.3 乙方应在合同签订后十日内提交项目实施方案，明确项目经理、技术负责人及实施人员名单。项目经理须具有信息系统项目管理师资格，未经甲方书面同意不得更换。
P:4.4 实施期间乙方每周向甲方提交项目周报，重大问题随时报告。
H:第五条 验收
P:5.1 初验标准：（一）设备品牌、型号、数量、配置与投标文件一致；（二）平台功能逐项符合附件一全部条目；（三）在一千个并发用户条件下，常用查询及接种登记操作响应时间不超过三秒；（四）迁移数据逐表核对记录数及校验和，各表全部一致；（五）与国家免疫规划信息系统的数据交换连续七日无差错；（六）系统通过具有资质的第三方机构的网络安全等级保护三级测评。
P:5.2 初验合格后进入试运行，试运行期为六十日。试运行期间未发生一级故障且二级故障均已闭环的，乙方可提出终验申请，甲方在收到申请后二十日内组织终验，并出具书面终验报告。
P:5.3 验收以甲方签署的书面验收报告为准。系统上线、甲方实际使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与运行维护
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供设备维修及更换、软件缺陷修复、版本升级、接口适配及每季度一次的巡检服务。
P:6.2 质保期内，平台核心业务（接种登记、疫苗出入库、数据交换）月可用率不低于 99.95%。月可用率每低于约定值 0.01 个百分点，乙方向甲方支付人民币贰仟元的服务违约金，甲方可从应付款项或履约保证金中扣除。
P:6.3 故障分级及响应要求如下：
TB:故障级别|定义|响应时间|到场时间|修复时间
TB:一级|全省平台中断，或接种登记、疫苗出入库无法进行|三十分钟|两小时|六小时
TB:二级|部分地区或部分功能不可用，有临时替代办法|一小时|当日|一个工作日
TB:三级|一般性问题、咨询及优化需求|两个工作日|按需|五个工作日
P:6.4 乙方响应、到场或修复超过上表时限的，每超时一小时向甲方支付人民币壹仟元；同一季度内一级故障超过两次的，乙方应提交书面整改报告。
P:6.5 质保期满后，甲方如需乙方继续提供维保服务，年维保费不超过软硬件价款小计的百分之七，即每年不超过人民币玖万伍仟肆佰捌拾元（¥95,480），质保期满后两年内不得上调。维保合同由双方另行签订，不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的接口程序、数据迁移脚本、报表及全部源代码、技术文档，其知识产权自交付之日起归甲方所有，甲方可自行或委托第三方使用、修改和维护。乙方应在终验前向甲方移交完整源代码及编译、部署说明。
P:7.2 免疫规划平台软件的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可，甲方可在全省范围内使用，并可委托第三方对其进行运行维护。
P:7.3 乙方保证所提供的设备、软件及服务不侵犯任何第三方的知识产权；因此引起的纠纷由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 系统中的接种记录、受种者个人信息、疫苗流通数据及日志等全部数据属于甲方。乙方仅可为履行本合同处理上述数据，不得复制、留存、对外提供，亦不得以脱敏、统计或其他任何形式用于本合同以外的目的。
P:8.2 乙方应遵守《中华人民共和国网络安全法》《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及卫生健康行业数据安全管理规定，按照网络安全等级保护三级要求落实安全措施。乙方人员仅可通过甲方堡垒机经审批后访问生产环境，数据迁移在甲方机房内完成，不得将数据带出甲方网络。
P:8.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应立即采取处置措施，并在两小时内书面报告甲方。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任，并承担由此产生的行政责任。
P:8.4 合同终止或质保期满时，乙方应将持有的甲方数据全部返还或按甲方要求销毁，并出具书面销毁证明。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的甲方工作秘密、网络结构、系统口令及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因本合同终止而解除。
P:9.2 乙方应与参与本项目的人员签订保密承诺书，并对其人员违反保密义务的行为承担连带责任。
H:第十条 分包
P:本项目不允许分包或转包。乙方不得将本合同项下的任何工作交由第三方完成。
H:第十一条 违约责任
P:11.1 乙方逾期交货、逾期完成部署或逾期提请初验的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，每逾期一日，按逾期金额的万分之三向乙方支付违约金。
P:11.3 乙方交付的设备或软件不符合合同约定的，乙方应负责更换或整改，并承担由此给甲方造成的损失。
H:第十二条 合同解除
P:12.1 乙方有重大违约行为，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，乙方应退还甲方已付的相应款项并赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十三条 不可抗力
P:任何一方因不可抗力不能履行合同的，应在事件发生后三日内通知对方，并在十五日内提供证明，根据影响程度部分或全部免除责任。
H:第十四条 法律适用与争议解决
P:本合同的订立、效力、解释及履行适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效。本合同一式六份，甲方四份，乙方二份，具有同等法律效力。
P:15.2 附件：一、技术需求规格书；二、设备及软件配置清单；三、项目实施计划；四、培训计划。
P:甲方（盖章）：青川省疾病预防控制中心        乙方（盖章）：青川卫信科技股份有限公司
P:授权代表：                                    授权代表：
P:日期：    年  月  日                          日期：    年  月  日
"""

H29Z02 = """\
T:仓储物流中心视频监控系统采购及安装合同
P:合同编号：QZYY-WZ-2025-086
P:甲方：黔中盐业有限责任公司
P:乙方：贵安视联安防工程有限公司
P:鉴于甲方拟对其仓储物流中心（包括原盐库、成品库、包装车间、装卸站台、地磅房及厂区周界）建设视频监控系统，乙方具备相应的供货、安装能力及安防工程资质，双方依据《中华人民共和国民法典》及甲方询价采购结果（采购编号：QZYY-XJ-2025-031），经友好协商，签订本合同。
H:一、采购内容及价格
P:（一）乙方向甲方提供前端摄像机、网络硬盘录像机、视频管理平台软件、监控大屏及网络设备，并负责布线施工、安装调试、系统联调及培训。设备明细、技术参数以附件一《设备清单及技术参数》为准。
P:（二）合同总价为人民币贰佰零贰万元整（¥2,020,000.00），含设备价款、软件许可费、运输保险、布线施工、安装调试、培训及税费，为固定总价。价格明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|400 万像素枪型网络摄像机|320 台|1,150|368,000
TB:2|高清网络球型摄像机|48 台|4,600|220,800
TB:3|双光谱热成像摄像机（周界）|12 台|18,500|222,000
TB:4|网络硬盘录像机（含硬盘，录像保存 90 天）|16 台|21,800|348,800
TB:5|视频管理平台软件许可（400 路）|1 套|186,000|186,000
TB:6|监控中心 LCD 拼接大屏（3×4）|1 套|264,000|264,000
TB:7|PoE 接入交换机|38 台|3,200|121,600
TB:|设备及软件小计|||1,731,200
TB:8|布线施工及辅材|1 项|236,400|236,400
TB:9|安装调试及培训|1 项|52,400|52,400
TB:|合计|||2,020,000
P:（三）合同签订后如甲方需增加同型号设备，按本合同单价执行。
H:二、付款方式
P:（一）合同签订后十个工作日内，甲方凭乙方开具的收据支付合同总价的百分之二十，即人民币肆拾万肆仟元整，作为预付款。
P:（二）全部设备安装调试完毕并经初验合格后，甲方在收到发票后十五个工作日内支付合同总价的百分之四十五，即人民币玖拾万玖仟元整。
P:（三）系统试运行期满并经终验合格后，甲方在收到发票后十五个工作日内支付合同总价的百分之三十五，即人民币柒拾万柒仟元整。
P:（四）乙方应在每次付款前开具合法有效的增值税专用发票。
H:三、交货、施工及工期
P:（一）乙方应在合同签订后二十日内将全部设备送达甲方仓储物流中心，由甲方指定人员清点签收。签收仅表示数量及外观无误，不代表设备质量合格或验收通过。
P:（二）乙方应在合同签订后六十日内完成布线、安装和调试。施工期间乙方应遵守甲方安全生产管理制度，办理动火、登高等作业审批，施工人员须佩戴安全防护用品。
P:（三）因乙方原因造成甲方设施损坏或人员伤害的，由乙方负责修复并承担赔偿责任。
P:（四）成品库及包装车间属于食品级作业区域，乙方施工人员进入前须更换工作服、佩戴发帽，施工产生的粉尘和废料当日清理，不得污染盐产品及包装材料。
P:（五）乙方应指定一名项目负责人常驻现场，负责施工组织、进度和质量控制，每周向甲方书面报告施工进度。
H:四、验收
P:（一）初验：安装调试完毕后，乙方提交初验申请及竣工资料，甲方在十日内组织初验。初验标准为：1. 设备品牌、型号、数量与附件一一致；2. 全部 380 路视频图像清晰、无明显干扰，主要通道、装卸站台及地磅区域画面达到 1080P 及以上；3. 录像可连续保存九十天并可按时间、通道检索回放；4. 周界热成像越界报警可联动球机并在大屏弹出画面；5. 系统连续运行七十二小时无故障。
P:（二）终验：初验合格后试运行三十日，试运行期间系统稳定、无重大故障的，甲方组织终验并签署终验报告。
P:（三）设备到货签收、安装完成或甲方在试运行期间使用系统，均不视为验收合格。验收不合格的，乙方应在十日内整改，整改后重新验收。
H:五、质量保证
P:（一）质保期为二年，自终验合格之日起计算。质保期内设备出现非人为损坏的故障，乙方免费维修或更换，软件免费升级。
P:（二）质保期内故障响应要求：一级故障（监控中心平台或大屏整体瘫痪，或超过三分之一通道无图像）一小时内响应，三小时内到场，十二小时内恢复；二级故障（单台录像机或单路摄像机故障）两小时内响应，一个工作日内修复；其他问题两个工作日内处理。
P:（三）乙方响应或修复超过前款时限的，每超时一小时，向甲方支付违约金人民币伍佰元，甲方可从应付款中扣除。
P:（四）质保期满后，乙方继续提供维保服务，年维保费按设备及软件小计的百分之十八计取，即每年人民币叁拾壹万壹仟陆佰壹拾陆元（¥311,616），质保期满后三年内维持不变。维保内容包括每季度巡检、故障维修、备件更换及平台升级。
H:六、视频数据安全
P:（一）系统采集、存储的全部视频图像、录像及报警记录属于甲方，乙方不得以任何方式复制、截取、留存或向第三方提供，不得用于本合同以外的任何用途。
P:（二）监控系统应部署于甲方内部独立网络，不得接入互联网。乙方进行远程维护须经甲方书面批准，并在甲方人员监督下进行，维护记录留存备查。
P:（三）更换下来的硬盘由甲方留存或由乙方在甲方监督下进行物理销毁。
P:（四）因乙方原因导致视频数据泄露、丢失或被篡改的，乙方应在发现后两小时内报告甲方并采取补救措施，承担全部赔偿责任。
H:七、保密
P:乙方对在履行本合同过程中知悉的甲方厂区布局、仓储安防部署、系统账号口令及经营信息负有保密义务，不得向任何第三方披露。本保密义务在合同终止后继续有效。
H:八、知识产权
P:乙方为本项目编制的设计图纸、点位图、系统配置文件及与甲方门禁、地磅系统的对接程序，其知识产权归甲方所有。设备内置软件及视频管理平台软件的知识产权归其权利人所有，乙方保证甲方享有永久使用权。
H:九、分包
P:布线施工中的土建开挖部分，乙方可以分包给具有相应资质的施工单位，但须事先取得甲方书面同意，乙方对分包部分向甲方承担全部责任。除此以外，乙方不得分包。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一周，按合同总价的千分之二向甲方支付违约金，不足一周的按一周计算。逾期超过四十五日的，甲方有权解除合同。
P:（二）乙方所供设备不符合合同约定的，甲方有权要求更换，由此延误的工期按前款计算违约金。
P:（三）甲方逾期付款的，每逾期一日，按应付未付金额的万分之三向乙方支付违约金。
H:十一、培训及技术资料
P:（一）乙方应在初验前对甲方监控中心值班人员、安保人员及信息管理人员进行培训，内容包括平台操作、录像检索与导出、报警处置、日常巡检及简单故障排除，培训不少于三次，每次不少于半日，并提供中文操作手册。
P:（二）乙方应在终验前向甲方移交竣工图、点位图、设备台账、IP 地址分配表、各设备管理员账号及初始口令交接单、设备合格证及原厂质保凭证。甲方接收后应立即修改全部管理员口令。
H:十二、不可抗力
P:因地震、洪水、疫情防控措施等不可抗力导致不能按期履行的，受影响一方应在三日内书面通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方可协商解除合同。
H:十三、合同解除
P:乙方严重违约，经甲方书面通知后十日内仍未改正的，甲方有权解除本合同，并要求乙方赔偿损失。
H:十四、法律适用及争议解决
P:本合同适用中华人民共和国法律。因本合同发生争议的，双方协商解决；协商不成的，提交贵阳仲裁委员会仲裁。
H:十五、其他
P:（一）本合同自双方签字盖章之日起生效，一式四份，双方各执两份。
P:（二）附件：一、设备清单及技术参数；二、点位布置图；三、施工组织方案。
P:甲方（盖章）：黔中盐业有限责任公司        乙方（盖章）：贵安视联安防工程有限公司
P:代表签字：                                代表签字：
P:签订日期：2025 年  月  日
"""

H29E02 = """\
T:Supply and Installation Contract - Plant Video Surveillance and Access Control System
P:Contract No. BHB-PUR-2025-0213
P:This Contract is made between Binhai Nordwind Blade Co., Ltd., a Sino-Danish joint venture registered in the Tianjin Binhai New Area (the "Buyer"), and Jinmen Vision Systems Engineering Co., Ltd., registered in Tianjin (the "Supplier"). The Buyer invited quotations for a video surveillance and access control system for its blade moulding halls, finishing halls, storage yard, logistics gate and plant perimeter. The Supplier submitted the winning quotation dated 18 March 2025 and the Parties agree as follows.
H:Article 1 Definitions
P:1.1 "Contract Price" means the total price set out in Article 2.
P:1.2 "Equipment" means the cameras, recorders, display wall, switches and other hardware listed in Annex 1, and "Software" means the video management software and any embedded or management software supplied with the Equipment.
P:1.3 "System" means the Equipment and Software installed, configured and integrated at the Site in accordance with the Technical Specification in Annex 2.
P:1.4 "Site" means the Buyer's plant at No. 88 Haibin Road, Tianjin, including the central security room.
P:1.5 "Installation Certificate" means the certificate signed by the Buyer when installation is complete; it records completion of installation only and is not acceptance.
P:1.6 "Final Acceptance" means the Buyer's written acceptance of the System under Article 5.
H:Article 2 Scope and Contract Price
P:2.1 The Supplier shall supply, deliver, install, configure, test and commission the System, integrate it with the Buyer's existing access-control and fire-alarm systems, train the Buyer's staff and provide warranty services, all as described in this Contract and its Annexes.
P:2.2 The Contract Price is CNY 2,280,000 (two million two hundred and eighty thousand yuan), inclusive of VAT, delivery, insurance, installation materials and all other costs of the Supplier. The Contract Price is fixed and not subject to adjustment.
P:2.3 Price breakdown:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|4K bullet cameras with IR, IP67|260|2,350|611,000
TB:2|PTZ dome cameras, 32x zoom|36|7,800|280,800
TB:3|Bi-spectrum thermal perimeter cameras|10|21,000|210,000
TB:4|Network video recorders with disks, 90-day retention|12|36,500|438,000
TB:5|Video management software licence, per channel, perpetual|308|420|129,360
TB:6|Security-room video wall, 2x4 narrow-bezel|1|198,000|198,000
TB:7|Industrial PoE switches|30|4,100|123,000
TB:|Hardware and Licence Subtotal|||1,990,160
TB:8|Cabling, installation and integration|1|264,840|264,840
TB:9|Training|1|25,000|25,000
TB:|Contract Price|||2,280,000
H:Article 3 Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 228,000) within 20 days after the Buyer receives an advance-payment guarantee issued by a bank in mainland China for the same amount and a valid VAT invoice. The guarantee shall remain valid until the Installation Certificate is signed.
P:3.2 Installation payment: 55% of the Contract Price (CNY 1,254,000) within 30 days after the Installation Certificate is signed and the invoice is received.
P:3.3 Final payment: 35% of the Contract Price (CNY 798,000) within 30 days after Final Acceptance and receipt of the invoice.
P:3.4 The Buyer may deduct from any payment the delay damages, service credits and other amounts due from the Supplier under this Contract.
H:Article 4 Delivery, Installation and Delay
P:4.1 The Supplier shall deliver all Equipment to the Site within 30 days after signature and complete installation within 75 days after signature, in accordance with the project schedule in Annex 3.
P:4.2 Work in the moulding and finishing halls must follow the Buyer's EHS rules, including permits for work at height, hot work and entry into resin areas. The Supplier's personnel shall attend the Buyer's safety induction before starting work.
P:4.3 If the Supplier fails to complete delivery or installation by the dates in Article 4.1 for reasons attributable to it, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. If the delay exceeds 40 days the Buyer may terminate this Contract under Article 12.
P:4.4 Title to the Equipment passes to the Buyer on delivery; risk passes on signature of the Installation Certificate.
H:Article 5 Testing and Acceptance
P:5.1 After installation the Supplier shall carry out the acceptance tests in the Acceptance Test Plan (Annex 4) in the presence of the Buyer. The System passes when: (a) all 306 camera channels are online and display at their specified resolution in the video management software; (b) recordings of every channel are retained for 90 days and can be searched and played back by time, channel and event; (c) a perimeter intrusion detected by a thermal camera triggers the linked PTZ camera and a pop-up on the video wall within 3 seconds; (d) access-control and fire-alarm events are shown in the video management software with the related video; and (e) the System runs for 30 consecutive days without a Severity 1 fault.
P:5.2 When the System passes all tests the Buyer shall issue a Final Acceptance certificate within 10 business days. If any test fails, the Supplier shall remedy the defect at its cost and the test shall be repeated.
P:5.3 Delivery, installation, the Installation Certificate, use of the System by the Buyer and any payment shall not constitute acceptance. Only a signed Final Acceptance certificate does.
H:Article 6 Warranty and Support
P:6.1 The Supplier warrants that the System will be free from defects in design, materials and workmanship and will conform to the Technical Specification for 36 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace defective Equipment and correct Software defects free of charge, including parts, labour and travel, and shall provide Software updates released by the manufacturers.
P:6.2 During the Warranty Period the Supplier shall respond to and resolve faults as follows:
TB:Severity|Definition|Response|On site|Resolution
TB:Severity 1|Video wall, video management server or more than 20% of channels down|30 minutes|2 hours|8 hours
TB:Severity 2|A recorder, a thermal camera or up to 20% of channels down|1 hour|Next business day|2 business days
TB:Severity 3|Single camera fault or configuration request|1 business day|As agreed|5 business days
P:6.3 For each hour by which the Supplier exceeds a response, on-site or resolution time in the table above, the Buyer may deduct a service credit of CNY 1,000 (Severity 1) or CNY 300 (Severity 2) from any amount payable to the Supplier.
P:6.4 After the Warranty Period the Supplier shall, if the Buyer so requests by purchase order, provide support services for years four and five after Final Acceptance at an annual fee of 8% of the Hardware and Licence Subtotal, i.e. CNY 159,212.80 per year, on the service terms of Articles 6.1 to 6.3. The fee is fixed for both years. Support does not renew automatically; each year is ordered separately.
P:6.5 Spare parts for the Equipment shall remain available for at least seven years after Final Acceptance.
H:Article 7 Buyer Data and Security
P:7.1 All video images, recordings, access-control records, event logs and other data captured or processed by the System ("Buyer Data") belong to the Buyer. The Supplier may access Buyer Data only to the extent necessary to install, test and maintain the System and shall not copy, retain or use Buyer Data for any other purpose.
P:7.2 The System shall run on the Buyer's isolated security network and shall not be connected to the internet. Remote maintenance is allowed only through the Buyer's jump server, per session, after written approval by the Buyer's IT security officer, and all sessions are logged.
P:7.3 Disks removed from recorders remain the property of the Buyer and shall not leave the Site; the Buyer may destroy them.
P:7.4 The Supplier shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the PRC. It shall notify the Buyer of any actual or suspected unauthorised access to, or loss or disclosure of, Buyer Data within 12 hours of becoming aware of it, cooperate in the investigation and remediation, and compensate the Buyer for all losses caused by a breach of this Article.
H:Article 8 Intellectual Property
P:8.1 The system design, camera layout drawings, configuration files, integration scripts and documentation prepared for the Buyer under this Contract vest in the Buyer on creation. The Buyer may use, modify and disclose them freely, including to any later maintenance provider.
P:8.2 The Software and embedded software remain the property of their owners and are licensed to the Buyer on a perpetual, non-exclusive basis for use with the System.
P:8.3 The Supplier shall indemnify the Buyer against any third-party claim that the System infringes an intellectual property right.
H:Article 9 Confidentiality
P:Each Party shall keep confidential all non-public information received from the other Party under this Contract, in particular the Buyer's plant layout, production processes, security arrangements, passwords and network settings, and shall use it only for the performance of this Contract. This obligation survives for five years after expiry or termination.
H:Article 10 Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price. This limit does not apply to personal injury or death, wilful misconduct, gross negligence or breach of Articles 7 and 9. Neither Party is liable for loss of profit, except as part of liability that is not limited.
H:Article 11 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for the acts and omissions of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if the delay damages under Article 4.3 reach their maximum.
P:12.2 On termination under Article 12.1 the Supplier shall refund amounts paid for undelivered or non-conforming parts of the System and compensate the Buyer's additional cost of completing the work with another supplier.
H:Article 13 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute that cannot be settled amicably within 30 days shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin. The award is final and binding on both Parties.
H:Article 14 Miscellaneous
P:14.1 This Contract takes effect on signature by both Parties. It is made in English and Chinese; both versions have equal effect.
P:14.2 Annexes: 1 Equipment list; 2 Technical Specification; 3 Project schedule; 4 Acceptance Test Plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________________    Date: ____________________
"""

H29E03 = """\
T:Software Licence, Equipment and Implementation Agreement
P:Agreement No. LX-CN-2025-0641
P:This Agreement is entered into by Shandong Jinsui Seed Industry Co., Ltd., Jinan (the "Customer"), and Lanxin Supply Chain Software (Shanghai) Co., Ltd. (the "Vendor"). The Customer operates three seed processing plants and a central distribution warehouse and wishes to replace its paper-based warehouse records with the Vendor's warehouse management system, including lot and germination-test traceability and handheld scanning. This Agreement consists of these terms and Schedules A (Fees), B (Scope of Work) and C (Support Levels).
H:Section 1 Definitions
P:1.1 "Licensed Software" means the Vendor's LX-WMS software, version 8, in object code, with the modules listed in Schedule A, and any updates provided under this Agreement.
P:1.2 "Equipment" means the rugged handheld terminals and cradles listed in Schedule A.
P:1.3 "Custom Deliverables" means the interfaces, reports, label templates, workflows and configurations developed specifically for the Customer under Schedule B, including their source code and documentation.
P:1.4 "Go-Live" means the first use of the Licensed Software for live warehouse operations at any site.
P:1.5 "UAT Sign-off" and "Final Acceptance" have the meanings in Section 5.
P:1.6 "Customer Data" means all data entered into, uploaded to or generated by the Licensed Software for the Customer, including stock, lot, germination-test, grower and customer records.
H:Section 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software for the internal business of the Customer and its wholly-owned subsidiaries, for up to 150 named users and the four sites listed in Schedule A.
P:2.2 The Customer may make backup copies and may allow contractors to use the Licensed Software on its behalf.
P:2.3 The Licensed Software is and remains the property of the Vendor and its licensors.
H:Section 3 Fees and Payment
P:3.1 The fees are set out in Schedule A and total CNY 1,670,000, inclusive of VAT. They are fixed for the scope in Schedule B.
P:3.2 Payment schedule: (a) 20% of the total fees (CNY 334,000) within 15 days after signature of this Agreement; (b) 45% (CNY 751,500) within 30 days after UAT Sign-off; (c) 35% (CNY 584,500) within 30 days after Final Acceptance. Each payment is due against a valid VAT invoice.
P:3.3 Travel and accommodation of the Vendor's staff for work at the Customer's sites are included in the fees.
H:Section 4 Delivery and Implementation
P:4.1 The Vendor shall deliver the Equipment to the Customer's central warehouse within 30 days after signature, and shall carry out the implementation services in Schedule B (blueprinting, configuration, interface development with the Customer's ERP and germination laboratory system, label printing, data migration of opening stock, training and go-live support).
P:4.2 The Vendor shall achieve UAT Sign-off within 120 days and Go-Live at all four sites within 150 days after signature.
P:4.3 If the Vendor fails to achieve UAT Sign-off or Go-Live by the dates in Section 4.2 for reasons attributable to it, it shall pay delay damages of 0.07% of the total fees for each day of delay, up to a maximum of 8% of the total fees.
P:4.4 Each Party shall appoint a project manager. The Vendor's project manager named in Schedule B may be replaced only with the Customer's written approval.
H:Section 5 Testing and Acceptance
P:5.1 User acceptance testing ("UAT") shall be carried out by the Customer's key users in a test environment using the test scripts in Schedule B. UAT Sign-off is given when all test scripts pass, the ERP and laboratory interfaces exchange stock movements and test results without error for 10 consecutive business days, the Equipment scans and prints labels at all stations, and no Severity 1 or Severity 2 defect remains open.
P:5.2 Final Acceptance is given in writing by the Customer when, after Go-Live at all four sites: (a) the system has run for 60 days without a Severity 1 defect; (b) a full physical stock count reconciles with the system stock for every lot; (c) a lot trace-back from a sales order to the grower and germination test result is completed in under 30 seconds; and (d) all documentation and the source code of the Custom Deliverables have been handed over.
P:5.3 Go-Live, use of the Licensed Software in production or payment of any instalment does not constitute Final Acceptance.
H:Section 6 Warranty
P:6.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform substantially in accordance with the documentation and Schedule B, and that the Equipment will be free from defects in materials and workmanship, for a period of six (6) months from Final Acceptance (the "Warranty Period").
P:6.2 During the Warranty Period the Vendor shall correct defects and repair or replace defective Equipment free of charge, and shall provide support in accordance with Schedule C.
P:6.3 The warranty does not cover damage caused by misuse, unauthorised modification or operation outside the Equipment specifications.
H:Section 7 Support After the Warranty Period
P:7.1 After the Warranty Period, the Customer may purchase annual support (software updates, defect correction, help desk and Equipment repair) by placing an order with the Vendor.
P:7.2 Annual support is charged at the Vendor's standard support price list in force at the time of each order. The Vendor may revise its price list at the beginning of each calendar year.
P:7.3 Support is ordered for one year at a time and does not renew automatically.
H:Section 8 Support Levels During the Warranty Period
P:8.1 The Vendor shall respond to incidents reported by the Customer within the times in Schedule C. For a Severity 1 incident (warehouse operations stopped at a site, or no goods can be received or shipped) the Vendor shall respond within one hour, provide a workaround within six hours and a permanent fix within three business days.
P:8.2 For each hour by which the Vendor exceeds the Severity 1 response or workaround time, the Customer may deduct a service credit of CNY 800 from any amount payable to the Vendor, up to CNY 40,000 per month.
H:Section 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not use it, in identifiable, de-identified or aggregated form, for any other purpose.
P:9.2 The Licensed Software is installed on the Customer's servers. The Vendor shall access the Customer's systems only through the Customer's VPN with individual accounts and multi-factor authentication, shall not copy Customer Data to its own systems, and shall perform data migration on the Customer's premises.
P:9.3 The Vendor shall comply with the Data Security Law and the Personal Information Protection Law of the PRC, notify the Customer within 24 hours of any security incident affecting Customer Data, cooperate in its investigation and remediation, and indemnify the Customer against losses caused by its breach of this Section.
H:Section 10 Intellectual Property
P:10.1 The Custom Deliverables, including their source code, vest in the Customer on creation. The Customer may use, modify, and license them to third parties without restriction. The Vendor shall deliver the source code before Final Acceptance.
P:10.2 The Vendor retains all rights in the Licensed Software and in its pre-existing tools, which are licensed to the Customer under Section 2.
H:Section 11 Confidentiality
P:Each party shall keep confidential the other party's non-public business, technical and financial information, including the Customer's variety, grower and pricing information, and shall not disclose it to third parties without prior written consent, during this Agreement and for five years thereafter.
H:Section 12 Liability
P:12.1 Each party's total liability arising out of this Agreement is limited to 150% of the total fees under Schedule A.
P:12.2 The limitation does not apply to breach of Sections 9 and 11, infringement of intellectual property rights, personal injury or wilful misconduct.
H:Section 13 Subcontracting
P:The Vendor may not subcontract any of its obligations under this Agreement without the Customer's prior written consent. The Vendor remains responsible for the performance of any approved subcontractor.
H:Section 14 Term and Termination
P:14.1 This Agreement takes effect on signature. The licence in Section 2 is perpetual unless terminated under this Section.
P:14.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice. If the Customer terminates for the Vendor's breach before Final Acceptance, the Vendor shall refund all fees paid, less the fees for Equipment the Customer elects to keep.
H:Section 15 Training and Documentation
P:15.1 The Vendor shall train up to 12 key users in configuration and reporting and up to 90 warehouse operators in scanning, receiving, picking, shipping and stock counting, at the Customer's sites, in Chinese, before Go-Live at each site.
P:15.2 The Vendor shall deliver user manuals, administrator manuals, interface specifications and operating procedures in Chinese, and shall update them for every change made before Final Acceptance.
H:Section 16 Force Majeure
P:Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and uses reasonable efforts to mitigate. If such an event continues for more than 60 days, either party may terminate this Agreement by written notice.
H:Section 17 Governing Law and Disputes
P:This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Jinan Arbitration Commission for arbitration in Jinan.
H:Schedule A Fees
TB:Item|Description|Quantity|Amount (CNY)
TB:A1|LX-WMS perpetual licence: core, lot and quality traceability, labelling, mobile modules; 150 named users; 4 sites|1|760,000
TB:A2|Rugged handheld terminals with charging cradles|120 x 3,900|468,000
TB:|Licence and Equipment Subtotal||1,228,000
TB:A3|Implementation services per Schedule B|1|412,000
TB:A4|Training (key users and warehouse operators)|1|30,000
TB:|Total fees||1,670,000
H:Schedule C Support Levels (Warranty Period)
TB:Severity|Definition|Response|Workaround|Fix
TB:1|Operations stopped at a site|1 hour|6 hours|3 business days
TB:2|Major function impaired, workaround available|2 hours|1 business day|10 business days
TB:3|Minor issue or question|1 business day|n/a|next release
P:Signed for the Customer: ____________________    Signed for the Vendor: ____________________
"""

SOURCES = {"h29z01": H29Z01, "h29z02": H29Z02, "h29e02": H29E02, "h29e03": H29E03}
TARGETS = {"h29z01": ("h29z01_provincial_cdc_immunisation_platform_upgrade.docx", "docx"),
           "h29z02": ("h29z02_salt_company_warehouse_video_surveillance.pdf", "pdf"),
           "h29e02": ("h29e02_blade_plant_video_surveillance_supply.docx", "docx"),
           "h29e03": ("h29e03_seed_company_wms_licence_handhelds.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
