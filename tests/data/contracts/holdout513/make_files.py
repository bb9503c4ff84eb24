"""holdout513: ten blind, ordinary draft contracts and their labels (written before any run).

Run: /work/main/.venv/bin/python -B make_files.py   (in this folder). Builds the .txt/.md files directly, the .docx/.pdf
through ../word_pdf.py (write(..., wrap_words=True)), writes the .json labels, derives each draft's expected rules from
its labels by my own reading of policy.md section 3, checks them against the design list, checks lengths as read back,
and scans every source text and every built file for threshold figures.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------------
# z01  住建局 工程质量监管平台 (licence + custom development), 政府采购, buyer's paper, PDF, 第X条, compliant
# ---------------------------------------------------------------------------------------------------------------------
H513Z01 = """
T:江州市建设工程质量监管平台建设项目 政府采购合同
P:合同编号：JZZJ-ZFCG-2025-0417
P:采购人（甲方）：江州市住房和城乡建设局
P:供应商（乙方）：杭州筑安信息技术有限公司
P:采购方式：公开招标（招标编号 JZCG-2025-G-0312）
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就江州市建设工程质量监管平台的软件许可与定制开发事宜，经协商一致，订立本合同。招标文件、投标文件、澄清文件及中标通知书均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供建设工程质量监管平台软件（以下简称“平台产品”）的永久使用许可，并在平台产品基础上为甲方定制开发质量监督业务子系统，完成历史数据迁移、与省级工程质量监管系统及本市“一网通办”平台的接口对接、部署实施和培训。
P:1.2 定制开发内容包括：监督登记与任务派发、质量巡查移动执法、检测报告自动比对预警、参建单位质量行为信用评价、领导驾驶舱五个模块，详见附件一《需求规格说明书》。
P:1.3 平台部署在江州市政务云，甲方提供云资源，乙方负责应用部署与调优。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰捌拾陆万元整（¥1,860,000.00），为固定总价，含税费及乙方为完成本项目所需的全部费用。分项如下：
P:（1）平台产品永久许可：质量监督模块 ¥420,000，检测监管模块 ¥260,000，移动执法终端许可 ¥180,000，许可小计 ¥860,000；
P:（2）定制开发费 ¥720,000；
P:（3）数据迁移及接口对接费 ¥186,000；
P:（4）部署实施及培训费 ¥94,000。
P:2.2 合同履行期间甲方不因材料、人工价格变化调整合同价款。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额有效发票后15个工作日内，甲方支付合同总价的20%作为预付款，即¥372,000。
P:3.2 系统通过初步验收并上线试运行后，甲方支付合同总价的45%，即¥837,000。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即¥651,000。
P:3.4 付款通过国库集中支付，以甲方实际支付日为准。
H:第四条 交付与工期
P:4.1 乙方应于合同生效后150日内完成部署并提交初步验收申请，于上线试运行满90日后提交最终验收申请。
P:4.2 乙方应按月向甲方提交项目进度报告，重大问题应在2个工作日内书面报告。
P:4.3 乙方应组建不少于8人的项目团队，项目经理须具有高级项目管理资格并常驻江州，未经甲方同意不得更换。乙方更换核心人员的，应提前10日书面申请，替换人员资历不得低于原人员。
P:4.4 乙方应向甲方业务科室提供不少于6期的操作培训和2期的系统管理员培训，培训教材及视频资料交甲方留存。
H:第五条 验收
P:5.1 初步验收标准：附件一所列功能全部实现；省级系统及“一网通办”接口联调通过；历史数据迁移完整率不低于99.98%，抽检差错为零；500个并发用户下页面响应时间不超过3秒；第三方软件测评机构出具的测试报告无高危问题。
P:5.2 最终验收标准：试运行期间系统累计故障停机不超过8小时且无一级故障遗留；通过网络安全等级保护第三级测评；交付源代码、设计文档、运维手册及培训记录。
P:5.3 验收由甲方组织，可邀请专家参加，形成书面验收报告。上线运行、试运行或甲方支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、技术支持和驻场保障。
P:6.2 服务水平：平台月可用率不低于99.95%；一级故障（平台整体不可用或核心业务中断）30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:6.3 乙方未达到第6.2款响应或恢复时限的，每超过1小时扣减¥1,000；月可用率每低于约定值0.01个百分点，扣减¥1,500。扣减款从应付款项或履约保证金中抵扣。
P:6.4 质保期满后，如甲方需要，乙方提供年度运维服务，年服务费不超过平台产品许可小计的8%，即每个服务年度不超过¥68,800，且质保期满后三个服务年度内不上调。运维服务以书面合同另行约定，不自动续期。
H:第七条 知识产权
P:7.1 定制开发形成的软件、源代码、数据库设计、接口程序及文档，其著作权及其他知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再开发。
P:7.2 平台产品的知识产权仍归乙方所有，乙方授予甲方不限期限、不可撤销的使用许可。乙方保证平台产品不侵犯第三方权利，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台中的工程项目信息、监督记录、检测数据、企业和人员信息等全部数据归甲方所有，乙方仅可为履行本合同处理，不得用于其他任何目的，不得向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及等级保护要求，运维操作经甲方审批后通过堡垒机进行，全程留痕；不得将数据拷贝至政务云以外的介质。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第九条 保密
P:乙方对履约中知悉的甲方工作秘密、未公开信息及技术资料负有保密义务，未经甲方书面同意不得披露。本条在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期提交验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付的成果不符合合同约定，经整改两次仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:10.3 甲方逾期付款的，按同期贷款市场报价利率向乙方支付利息。
H:第十一条 分包
P:本项目不得分包、转包。乙方确需将非主体部分交由他人完成的，须事先取得甲方书面同意，乙方对其工作承担全部责任。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。附件一《需求规格说明书》、附件二《分项报价表》为本合同组成部分。
P:甲方（盖章）：江州市住房和城乡建设局    乙方（盖章）：杭州筑安信息技术有限公司
P:法定代表人或授权代表：__________    法定代表人或授权代表：__________
P:签订日期：2025年   月   日    签订日期：2025年   月   日
"""

# ---------------------------------------------------------------------------------------------------------------------
# z02  塑料管材厂 挤出机控制系统改造 + 维保 (hardware + software), .docx with a Word price table, 1. / 1.1 numbering
# ---------------------------------------------------------------------------------------------------------------------
H513Z02 = """
T:挤出生产线控制系统改造及维保合同
P:合同编号：HSGY-JS-2025-026
P:甲方（买方）：临沂华塑管业有限公司
P:地址：山东省临沂市河东区工业园华塑路8号
P:乙方（卖方）：常州科瑞自动化工程有限公司
P:地址：江苏省常州市武进区常武中路58号
P:甲方一车间现有6条PE/PPR管材挤出生产线，原控制系统老化、备件停产。为提高温控精度和壁厚一致性，甲方委托乙方实施控制系统改造。双方经友好协商，订立本合同。
H:1. 改造范围
P:1.1 乙方负责6条挤出生产线的控制系统改造，包括PLC控制柜、主机及牵引驱动、人机界面、测厚仪接口和工艺监控软件的供货、安装、编程、调试和培训。
P:1.2 改造后各生产线应实现：挤出机各温区控温偏差不超过±1℃；牵引速度与主机转速自动联动；在线测厚数据实时闭环调节，壁厚偏差控制在标准允许范围的70%以内；工艺配方一键调用；生产数据自动采集并存入工艺监控服务器。
P:1.3 改造分两批实施，每批3条线，每条线停机改造时间不超过6天，具体时间由甲方根据生产计划书面通知。
H:2. 合同价格
P:2.1 合同总价为人民币壹佰贰拾万零叁仟元整（¥1,203,000），含税、运输、安装、调试及培训费用。明细如下：
TB:序号|名称|规格型号|数量|单价（元）|金额（元）
TB:1|PLC控制柜|S7-1500系列，含I/O模块及柜体|6套|98,000|588,000
TB:2|主机及牵引驱动|伺服/变频驱动单元|6套|42,000|252,000
TB:3|人机界面|15英寸工业触摸屏|6台|9,500|57,000
TB:4|测厚仪接口模块|超声波测厚仪通讯及闭环控制|6套|11,000|66,000
TB:5|工艺监控软件|服务器版永久许可，含配方管理|1套|126,000|126,000
TB:|软硬件小计|||| |1,089,000
TB:6|安装调试|拆旧、布线、编程、联调|1项|96,000|96,000
TB:7|培训|操作工及电气维修人员|1项|18,000|18,000
TB:|合同总价|||| |1,203,000
H:3. 付款方式
P:3.1 合同签订后10日内，甲方支付合同总价的20%作为预付款（¥240,600）。
P:3.2 全部设备到达甲方现场并经双方清点签收后，甲方支付合同总价的35%（¥421,050）。到货签收仅为数量清点，不代表质量验收。
P:3.3 6条生产线全部通过最终验收后15日内，甲方支付合同总价的45%（¥541,350）。
P:3.4 乙方每次收款前应开具相应金额的增值税专用发票。甲方付款前发现乙方存在违约情形的，可先行扣除违约金或扣减款项后支付余额，并书面说明扣款理由。
H:4. 交货与安装
P:4.1 乙方应在合同签订后60日内将全部设备运至甲方一车间，并按甲方通知的停机计划完成安装调试。
P:4.2 乙方施工应遵守甲方安全生产管理制度，动火、登高及带电作业须办理作业票。乙方施工人员的人身安全由乙方负责，乙方应为其购买意外伤害保险。
P:4.3 拆除的旧控制柜、电缆及驱动器归甲方所有，乙方应按甲方要求分类堆放至指定地点。
P:4.4 乙方应对甲方操作工和电气维修人员进行培训，内容包括设备操作、配方管理、常见故障处理和日常点检，每批次培训不少于2天，培训后由甲方组织考核。
P:4.5 乙方应在最终验收前移交以下技术资料：电气原理图、接线图、I/O分配表、PLC及人机界面源程序、参数设置清单、备件清单、操作及维护手册，纸质版和电子版各一套。
H:5. 验收
P:5.1 每条生产线调试完成后连续生产72小时，经甲方按第1.2款逐项检测合格，签署单线验收单。
P:5.2 6条生产线全部单线验收合格并稳定运行30日后，双方进行最终验收。验收标准为：第1.2款指标全部达到；连续30日无因控制系统原因导致的停机；壁厚合格率不低于改造前三个月平均水平；技术资料移交完整。
P:5.3 设备安装、试生产或甲方付款均不视为验收合格。验收不合格的，乙方应在10日内整改后重新验收。
H:6. 质量保证及维保服务
P:6.1 免费质保期为6个月，自最终验收合格之日起计算。质保期内非甲方原因造成的硬件损坏，乙方免费更换；软件缺陷免费修复。
P:6.2 故障响应：一级故障（整条生产线停机）乙方应在1小时内响应，8小时内到达现场，24小时内恢复生产；二级故障（部分功能失效但可维持生产）2小时内响应，48小时内处理完毕。
P:6.3 乙方未按第6.2款时限响应或到场的，每超过1小时，甲方可从应付款中扣减¥500。
P:6.4 质保期满后，乙方提供年度维保服务，内容包括每季度巡检、故障维修、备件更换（耗材除外）、程序优化和远程技术支持。年度维保费按软硬件小计的20%计取，即每个服务年度¥217,800，合同期内不作调整。维保服务按服务年度签署确认单，不自动续期。
H:7. 知识产权
P:7.1 乙方为本项目编写的PLC程序、人机界面画面、工艺配方模板及通讯程序，其源程序和知识产权归甲方所有，乙方应在最终验收时交付源程序及注释。甲方可自行或委托第三方修改和使用。
P:7.2 工艺监控软件产品的知识产权归原权利人，甲方享有永久使用许可。
H:8. 数据安全与保密
P:8.1 生产线采集的工艺参数、配方、产量及质量数据属于甲方，乙方不得复制、保留或用于本合同以外的任何目的。
P:8.2 乙方进行远程维护，须事先取得甲方设备部批准，通过甲方指定的VPN接入，每次维护结束后断开连接并提交操作记录。
P:8.3 发生数据泄露、被篡改或控制系统遭受网络攻击的，乙方应在2小时内通知甲方并协助处置；因乙方原因造成的，乙方承担由此产生的全部损失。
P:8.4 双方对在履约中获悉的对方技术秘密和商业秘密承担保密义务，保密期限至该信息公开之日止。
H:9. 违约责任
P:9.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:9.2 乙方在本合同项下的赔偿责任总额以合同总价的150%为限，但因乙方故意、重大过失或人身伤害造成的损失除外。
P:9.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付利息。
H:10. 分包
P:乙方不得转包本合同。乙方确需将电气布线等辅助工作分包的，须事先取得甲方书面同意，并对分包方的工作质量和安全承担全部责任。
H:11. 合同解除
P:乙方严重违约，经甲方书面通知后10日内未能纠正的，甲方有权解除本合同，乙方应退还相应款项并赔偿损失。
H:12. 争议解决
P:本合同适用中华人民共和国法律。发生争议时双方协商解决，协商不成的，提交临沂仲裁委员会仲裁。
H:13. 其他
P:本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：临沂华塑管业有限公司    乙方（盖章）：常州科瑞自动化工程有限公司
P:代表签字：__________    代表签字：__________    日期：2025年   月   日
"""

# ---------------------------------------------------------------------------------------------------------------------
# z03  连锁母婴店 (70 家门店) 会员及库存 SaaS + 实施, .txt, 一、/（一） numbering
# ---------------------------------------------------------------------------------------------------------------------
H513Z03 = """会员及库存管理SaaS服务合同

合同编号：BL-IT-2025-019
甲方（客户）：成都贝乐母婴用品连锁有限公司
乙方（服务商）：上海云链零售科技有限公司

甲方在四川省内经营70家母婴门店及1个中心仓库，拟使用乙方的“云链零售”SaaS平台统一管理会员、商品、库存及门店收银。双方根据《中华人民共和国民法典》等法律法规，经平等协商，订立本合同。

一、服务内容
（一）乙方通过其SaaS平台向甲方提供会员管理、积分及储值、商品及库存管理、门店收银、要货补货、数据报表等功能，服务范围覆盖甲方70家门店、总部及中心仓库。
（二）乙方负责实施服务，包括：历史会员及商品数据迁移、与甲方现有财务软件及微信小程序商城的接口对接、门店收银设备配置、分批上线及现场培训。
（三）乙方为甲方定制开发会员分层营销报表和门店补货建议报表各一套。
（四）服务期为三个服务年度，自全部门店上线验收合格之日起计算。
（五）服务期内乙方免费提供平台日常运维、数据备份（每日全量备份，备份保留不少于30日）、安全防护、功能升级和远程技术支持。门店收银设备、网络及打印耗材由甲方自备。
（六）甲方可在服务期内为总部人员开设不超过60个管理账号，为门店开设不限数量的收银账号，无需另行付费。

二、费用
（一）订阅费：门店版每店每服务年度¥3,600，70家门店合计¥252,000；总部及仓库模块每服务年度¥56,000。订阅费合计每服务年度¥308,000，三个服务年度共计¥924,000。
（二）实施费（一次性）：¥138,000，含数据迁移、接口对接、定制报表、上线支持和培训。
（三）本合同总金额为¥1,062,000。门店数量在服务期内增加的，按门店版单价另行计费；门店关闭的，自次季度起相应减少订阅费。
（四）上述价格均含6%增值税，乙方应开具增值税专用发票。

三、付款
（一）本合同不设预付款。
（二）实施费在全部门店上线验收合格后15个工作日内一次付清。
（三）订阅费按季度后付，每个季度结束后10个工作日内，甲方根据乙方出具的服务报告和发票支付该季度订阅费¥77,000。

四、实施与验收
（一）乙方应在合同签订后75日内完成全部门店上线，上线按区域分三批进行。
（二）上线验收标准：70家门店均能正常收银、办理会员和积分；历史会员数据迁移完整，抽查500条与原系统一致；库存账实差异经盘点复核为零；与财务软件、小程序商城的接口连续10日对账无差异；定制报表按需求确认单实现。
（三）甲方在乙方提交验收申请后7个工作日内组织验收并出具书面意见。门店试用或甲方支付款项均不视为验收合格。
（四）乙方未按期完成上线的，每逾期一日向甲方支付违约金¥1,200。
（五）每批门店上线前，乙方应完成该批门店店长及收银员的现场培训，每店不少于2名人员通过操作考核；上线首周乙方应安排人员在区域内巡店支持。
（六）甲方应指定项目负责人，按时提供历史数据、门店网络和收银设备清单，并配合乙方完成各批次切换。因甲方原因造成延期的，工期相应顺延。

五、服务水平
（一）乙方保证平台月可用率不低于99.5%（计划内维护除外，计划维护应安排在凌晨2:00至6:00并提前3日通知）。
（二）一级故障（全部或多数门店无法收银）：30分钟内响应，2小时内恢复；二级故障（部分功能不可用）：2小时内响应，8小时内恢复。
（三）乙方提供7×24小时客服热线和在线工单，普通咨询在工作时间内1小时内答复。乙方每月5日前向甲方提交上月服务报告，列明可用率、故障记录、工单处理情况及改进措施。
（四）乙方每个服务年度至少进行两次功能升级，升级不得影响门店营业；涉及收银流程变化的，应提前10日通知甲方并提供培训资料。
（五）月可用率低于约定值的，每低0.1个百分点，乙方减免当月订阅费的5%；一级故障超过恢复时限的，每超过1小时减免当月订阅费的2%。

六、数据安全与数据归属
（一）甲方会员信息、交易记录、商品和库存数据归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他目的，不得向第三方提供。
（二）乙方应按照《个人信息保护法》《数据安全法》的要求，对会员个人信息加密存储，实行访问权限控制和操作日志审计，平台应通过网络安全等级保护第三级测评。
（三）发生数据泄露、丢失等安全事件的，乙方应在24小时内书面通知甲方并采取补救措施；因乙方原因造成的，乙方承担甲方因此遭受的全部损失。
（四）乙方员工访问甲方生产数据须经甲方书面授权，乙方应与接触数据的员工签署保密承诺，并定期开展安全培训。
（五）服务期满或合同解除后30日内，乙方应按甲方要求以通用格式返还全部数据，并在甲方确认后彻底删除。

七、保密
双方对履约中获悉的对方商业秘密和未公开信息负有保密义务，保密义务在本合同终止后继续有效三年。

八、知识产权
（一）SaaS平台的知识产权归乙方所有。
（二）为甲方定制开发的报表、接口程序及相关文档归甲方所有，甲方可自行修改、使用或交由第三方维护。

九、分包
乙方可将门店现场实施及收银设备配置工作委托给当地服务商完成，但应提前5个工作日书面通知甲方，并对服务商的工作负责。

十、续期
服务期满前30日内，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据市场情况调整订阅费单价，调整幅度不超过上一服务年度单价的8%，乙方应在续期前书面通知甲方新价格。

十一、合同解除
（一）乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除本合同，乙方应退还已收取但未提供服务期间的费用，并赔偿甲方损失。
（二）甲方逾期付款超过60日，经乙方催告仍未支付的，乙方有权暂停服务。
（三）合同终止或解除的，乙方应配合甲方将业务平稳迁移至甲方指定的系统，迁移期间不少于60日，乙方按原服务水平继续提供服务，迁移期的订阅费按实际天数计算。

十二、争议解决
本合同适用中华人民共和国法律。因本合同发生争议，双方协商解决；协商不成的，提交成都仲裁委员会仲裁。仲裁裁决是终局的，对双方均有约束力。争议处理期间，不涉及争议的部分应继续履行。

十三、不可抗力
因地震、洪水、战争、政府行为等不可抗力导致不能履行的，受影响一方应及时通知对方，并在15日内提供证明，双方根据影响程度部分或全部免除责任。但乙方不得以第三方云服务商故障为由主张不可抗力。

十四、通知
本合同项下的通知应以书面形式送达双方在本合同首页载明的地址，或发送至双方项目负责人的电子邮箱，发出后即视为送达。一方变更联系方式的，应提前书面告知对方。

十五、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：《功能清单》《实施计划》《定制报表需求确认单》。

甲方（盖章）：成都贝乐母婴用品连锁有限公司
授权代表：__________
乙方（盖章）：上海云链零售科技有限公司
授权代表：__________
日期：2025年   月   日
"""

# ---------------------------------------------------------------------------------------------------------------------
# z04  体育局 全民健身服务平台 年度运维, 竞争性磋商, .txt, 第X条 with （1） items
# ---------------------------------------------------------------------------------------------------------------------
H513Z04 = """宜州市全民健身公共服务平台运维服务项目合同

项目编号：YZCG-2025-CS-0088（竞争性磋商）
采购人（甲方）：宜州市体育局
供应商（乙方）：南京动感数字科技有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就宜州市全民健身公共服务平台（以下简称“平台”）运维服务事宜订立本合同。

第一条 服务范围
平台包括门户网站、“健身宜州”微信小程序、场馆预约系统、赛事报名系统、体质监测数据系统及后台管理系统，部署于宜州市政务云。乙方负责的服务如下：
（1）驻场运维：派驻2名具有相应资质的工程师在甲方办公，负责日常巡检、故障处理、数据备份、内容发布技术支持和用户咨询；
（2）云资源代管：对平台使用的政务云主机、数据库及存储进行监控、容量规划和性能优化；
（3）安全运维：每月开展漏洞扫描，每季度开展渗透测试，配合完成网络安全等级保护测评及整改；
（4）功能优化：根据甲方需求对小程序和预约系统进行小规模功能优化，本服务年度内不超过120人天。

第二条 服务期限
服务期为一个服务年度，自2025年7月1日起至2026年6月30日止。服务期满后，甲方依法重新组织采购，本合同不自动续期。新服务商确定前，经甲方书面要求，乙方应按本合同标准继续提供服务，费用按实际服务天数折算，最长不超过60日。

第三条 合同价款
本合同总价为人民币肆拾捌万陆仟元整（¥486,000），包括：
（1）驻场运维费 ¥324,000；
（2）云资源代管费 ¥68,000；
（3）安全运维费 ¥56,000；
（4）功能优化费 ¥38,000。
上述价格为固定总价，含税费、人员、差旅及工具软件等全部费用。

第四条 付款方式
本合同不设预付款。服务费按季度支付，每季度服务结束并经甲方考核后，甲方在10个工作日内支付当季服务费¥121,500，考核扣款在当季服务费中扣除。

第五条 服务要求
（1）平台每日巡检，每周提交巡检报告，每月提交运维月报。
（2）数据库每日增量备份、每周全量备份，备份数据异地保存，每季度进行一次恢复演练。
（3）重大赛事、全民健身日等活动期间，乙方应制定保障方案并安排专人值守。
（4）功能优化需求由甲方书面提出，乙方在5个工作日内提交工作量评估，经甲方确认后实施，上线前应通过甲方组织的测试。
（5）乙方应建立平台运维知识库，记录系统架构、配置参数、故障处理过程和常见问题解答，并随运维月报更新，服务期满时完整移交甲方。
（6）乙方应每季度对小程序及门户网站进行一次用户体验评估，收集场馆、赛事组织方和市民的意见，提出优化建议，供甲方决策参考。
（7）对于政务云平台、短信通道、支付通道等第三方服务商的故障，乙方应及时协调处理并如实记录，向甲方报告影响范围及恢复情况。
（8）乙方应协助甲方做好全民健身数据统计工作，每月按甲方要求的格式导出场馆预约、赛事报名和体质监测数据报表。

第六条 故障响应
（1）一级故障（平台整体无法访问或预约、报名核心功能中断）：乙方应在接到报告后6小时内响应并开始处理，24小时内恢复；
（2）二级故障（部分功能异常）：8小时内响应，48小时内解决；
（3）三级故障（一般性问题及咨询）：1个工作日内答复。
乙方未在上述时限内响应或恢复的，每发生一次，甲方在当季服务费中扣减¥800。
乙方应在合同签订后15日内提交平台应急预案，明确故障分级、处置流程、联系人及备用方案，经甲方确认后执行，并每半个服务年度组织一次应急演练。每次一级故障处理完毕后3个工作日内，乙方应提交故障分析报告，说明原因、影响及整改措施。

第七条 考核与验收
（1）甲方按季度对乙方进行考核，考核指标包括：巡检及报告按时提交率、故障按时响应率和恢复率、安全漏洞整改率、用户投诉处理情况，考核细则见附件。
（2）季度考核得分低于80分的，扣减当季服务费的3%；连续两个季度低于70分的，甲方有权解除合同。
（3）服务期满后，甲方对全年服务进行年度验收，验收标准为：四个季度考核均合格；运维文档、账号权限、备份数据完整移交；平台无遗留的高危安全漏洞。年度验收合格后出具书面验收报告。

第八条 人员要求
（1）驻场工程师应具有计算机相关专业本科以上学历及两年以上运维经验，乙方应在合同签订后5日内将人员名单报甲方备案。
（2）乙方更换驻场人员须提前10日书面征得甲方同意，并做好交接。
（3）驻场人员应遵守甲方的考勤、保密和安全管理制度，甲方认为驻场人员不能胜任的，有权要求乙方在5个工作日内更换。
（4）乙方应为驻场人员提供二线技术支持团队，对驻场人员无法处理的问题，二线团队应远程介入。

第九条 数据安全
（1）平台中的用户实名信息、场馆预约记录、赛事报名及体质监测数据归甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
（2）乙方应落实等级保护要求，运维操作通过堡垒机进行并留存日志；管理员账号由甲方分配，离场时立即注销。
（3）发生数据泄露、篡改或系统被攻击等安全事件的，乙方应在2小时内报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任并承担相应法律责任。

第十条 保密
乙方及其人员对在服务中知悉的甲方工作秘密、未公开信息和个人信息负有保密义务，未经甲方书面同意，不得以任何方式向第三方披露，也不得在宣传材料中使用平台数据。乙方应与驻场人员签署保密承诺书并报甲方备案。本条在合同终止后持续有效。

第十一条 知识产权
乙方在服务期内为功能优化编写的程序代码、脚本及文档归甲方所有，乙方应随功能上线一并交付源代码，甲方有权自行或委托第三方修改使用。乙方保证其提供的工具软件不侵犯第三方知识产权。

第十二条 违约责任
（1）乙方未按约定派驻人员、提交报告或完成安全漏洞整改的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
（2）乙方违反第九条、第十条约定的，应赔偿甲方全部损失。
（3）甲方无正当理由逾期付款的，应按逾期金额每日万分之二向乙方支付违约金。

第十三条 分包
乙方不得将本合同项下的服务转包或分包给第三方。

第十四条 合同解除
乙方严重违约，经甲方书面通知后7日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。合同解除后，乙方应在10日内完成运维工作交接，移交全部文档、账号和备份数据，并配合甲方新选定的服务商完成过渡，交接期间不得中断服务。

第十五条 争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十六条 其他
本合同一式五份，甲方三份、乙方二份，经双方签字盖章后生效。竞争性磋商文件、响应文件及附件《季度考核细则》为本合同组成部分。

甲方（盖章）：宜州市体育局
代表：__________
乙方（盖章）：南京动感数字科技有限公司
代表：__________
签订日期：2025年6月   日
"""

# ---------------------------------------------------------------------------------------------------------------------
# z05  辣条厂 设备管理软件许可 + 定制开发, the supplier's template, .md with a markdown price table, "## 第X条"
# ---------------------------------------------------------------------------------------------------------------------
H513Z05 = """# 智维设备云软件许可及定制开发合同

（长沙智维工业软件有限公司标准合同文本 V3.0）

合同编号：ZW-HT-2025-0653

甲方（用户）：平江县香辣食品有限公司

乙方（供应商）：长沙智维工业软件有限公司

甲方为调味面制品（辣条）生产企业，拥有挤压、蒸煮、拌料、包装生产线共14条。甲方拟采购乙方“智维设备云”设备管理软件，并委托乙方进行定制开发。双方经协商一致，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“智维设备云”设备管理软件永久许可（50个并发用户）及移动巡检APP许可，功能包括设备台账、点检、润滑、维修工单、备件管理和统计分析。

1.2 乙方为甲方定制开发：生产线设备点检及润滑标准库、挤压机和包装机故障知识库、备件安全库存预警，以及与甲方MES系统的设备状态接口。

1.3 软件部署在甲方机房服务器上，服务器、操作系统、数据库及移动终端由甲方提供，乙方提供配置建议。

1.4 软件许可为永久许可，许可范围限于甲方及其位于平江县的生产厂区使用，并发用户数超过许可数量的，甲方应按乙方报价另行购买。

## 第二条 合同价款

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 智维设备云软件永久许可（50并发） | 1套 | 280,000 |
| 2 | 移动巡检APP许可 | 1套 | 60,000 |
| | 软件许可小计 | | 340,000 |
| 3 | 定制开发 | 1项 | 260,000 |
| 4 | 部署实施 | 1项 | 48,000 |
| 5 | 培训 | 1项 | 12,000 |
| | 合同总价 | | 660,000 |

合同总价为人民币陆拾陆万元整（¥660,000），含增值税。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的60%，即¥396,000。乙方收到该款项后开始实施。

3.2 系统上线后10个工作日内，甲方支付合同总价的35%，即¥231,000。

3.3 系统上线满90日后，甲方支付剩余5%，即¥33,000。

3.4 甲方逾期付款的，每逾期一日按应付未付金额的千分之一支付违约金，乙方并有权暂停实施及服务。

## 第四条 实施与上线

4.1 乙方在收到首期款后90日内完成软件部署和定制开发，具体进度以双方确认的实施计划为准。

4.2 甲方应按乙方要求提供设备清单、点检标准、历史维修记录及MES接口资料，并安排关键用户参与测试。因甲方资料不全或配合不及时造成延误的，实施期限相应顺延。

4.3 乙方将视情况采取加派人员等补救措施，尽力按计划完成上线。

4.4 实施内容包括：软件安装部署、基础数据导入（设备台账不超过3,000台件）、14条生产线点检路线配置、移动巡检终端配置、与MES系统接口联调。

4.5 乙方为甲方设备管理人员、维修班组长及仓库人员提供现场培训共3次，每次不超过1天，培训教材电子版交甲方使用。超出本合同范围的培训，按乙方人天单价另行收费。

4.6 甲方在实施过程中提出的需求变更，乙方评估工作量后报价，经双方书面确认后实施，工期相应调整。

## 第五条 验收

5.1 系统部署完成并投入使用后，即视为甲方验收合格。

5.2 甲方在上线后对系统提出的改进意见，乙方将在后续版本中酌情考虑。

## 第六条 维护服务

6.1 自系统上线之日起，乙方提供6个月免费维护，包括缺陷修复和远程技术支持。

6.2 故障响应：紧急故障（系统无法登录或工单无法流转）乙方在接到甲方报告后8小时内响应；一般故障在2个工作日内响应。乙方将尽力尽快恢复系统，但不承担因故障产生的扣款、赔偿或违约金。

6.3 免费维护期内，乙方每季度提供一次远程巡检，检查服务器资源、数据库备份和接口运行情况，并出具巡检记录。软件版本升级由乙方统一安排，甲方应配合提供停机窗口。

6.4 以下情形不属于免费维护范围：甲方自行修改配置或数据造成的问题；服务器、网络、操作系统等第三方软硬件故障；甲方新增需求。

6.5 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方届时公布的服务价格标准执行。

## 第七条 知识产权

7.1 软件产品及本合同项下定制开发的全部成果（包括点检标准库、故障知识库、接口程序及其源代码、文档）的知识产权均归乙方所有。

7.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对上述成果进行修改、反向工程或提供给第三方使用。

## 第八条 数据

8.1 甲方在系统中录入和产生的设备数据、维修记录归甲方所有。

8.2 乙方应采取访问控制、数据加密和定期备份等安全措施保护甲方数据；远程维护须经甲方同意。因乙方原因造成数据泄露或丢失的，乙方应及时通知甲方并承担相应赔偿责任。

8.3 甲方同意，乙方可对系统中的设备运行数据、故障及维修数据进行脱敏处理后，用于乙方产品改进、故障预测模型训练和行业分析报告，本款在合同终止后继续有效。

## 第九条 保密

双方对在合作过程中知悉的对方商业秘密负有保密义务，包括甲方的生产工艺、配方、产能及设备资料，以及乙方的软件源代码、报价和技术文档，未经对方书面同意不得向第三方披露，但依法须披露的除外。本条在合同终止后三年内有效。

## 第十条 责任限制

10.1 任何一方违约的，应承担相应的违约责任。

10.2 乙方在本合同项下的累计赔偿责任总额，以合同总价的20%为限。

10.3 乙方对甲方的间接损失、停产损失、利润损失不承担责任。

## 第十一条 合同解除

一方严重违约，经守约方书面催告后15日内未纠正的，守约方有权解除本合同。合同解除后，甲方应停止使用未付清款项部分对应的软件及成果，乙方已收取的款项按已完成的工作量结算，多退少补。甲方的设备数据由乙方以通用格式导出交付甲方。

## 第十二条 不可抗力

因不可抗力致使一方不能履行本合同的，该方应及时通知对方，并在不可抗力消除后继续履行。不可抗力持续超过60日的，双方可协商变更或终止本合同。

## 第十三条 通知

本合同项下的通知以书面形式送达双方在本合同中载明的地址或项目负责人电子邮箱，邮件发出即视为送达。

## 第十四条 争议解决

因本合同发生的争议，双方友好协商；协商不成的，提交长沙仲裁委员会仲裁。

## 第十五条 其他

本合同一式两份，双方各执一份，自双方盖章之日起生效。附件《功能清单》《实施计划》为本合同组成部分。

甲方（盖章）：平江县香辣食品有限公司　　　授权代表：__________

乙方（盖章）：长沙智维工业软件有限公司　　　授权代表：__________

日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------------
# e01  software licence (perpetual licences + services), Washington vendor, .pdf, Article N; only CR-GOVERNING-LAW
# ---------------------------------------------------------------------------------------------------------------------
H513E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. CRS-CN-2025-031
P:This Agreement is made between Cascade Ridge Software, Inc., a Washington corporation with its principal office at 1120 West Riverside Avenue, Spokane, Washington 99201, USA ("Vendor"), and Ningbo Dongqian Precision Casting Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Yinzhou District, Ningbo, Zhejiang ("Customer").
P:Background: Customer produces investment castings for automotive and pump manufacturers and wishes to replace its paper-based quality records with Vendor's RidgeQMS quality management software, configured for its foundry processes. Vendor has agreed to license the software and perform the related services on the terms below. At Customer's request all prices are stated and payable in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means RidgeQMS version 9 and the modules listed in Article 3, in object code, with its documentation. "Custom Deliverables" means the inspection plans, workflow configurations, report templates, interface programs to Customer's ERP and MES systems and any other work product created by Vendor specifically for Customer under this Agreement.
P:1.2 "Go-Live" means the first day on which Customer uses the Software in production at its Yinzhou plant. "Final Acceptance" means Customer's written acceptance under Article 6.
H:Article 2 Licence
P:2.1 Vendor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers located in China for the internal business purposes of Customer and its wholly owned subsidiaries, for the number of Named Users purchased.
P:2.2 Customer may make copies of the Software for backup, testing and disaster recovery. Customer may not sublicense the Software to third parties or reverse engineer it except as permitted by applicable law.
H:Article 3 Prices
P:3.1 The Contract Price is CNY 1,360,000, fixed, inclusive of all taxes and expenses, made up as follows:
P:(a) 120 Named User licences at CNY 6,800 each, CNY 816,000; and one Server licence with the statistical process control and supplier quality modules, CNY 124,000; Licence Subtotal CNY 940,000;
P:(b) configuration of inspection plans, non-conformance and corrective-action workflows, CNY 286,000;
P:(c) migration of quality records from Customer's existing spreadsheets and databases, CNY 98,000;
P:(d) training of key users and administrators, CNY 36,000.
P:3.2 Vendor's personnel travel costs are included in the Contract Price.
H:Article 4 Payment
P:4.1 Customer shall pay 20% of the Contract Price (CNY 272,000) within 30 days after signature of this Agreement against Vendor's invoice.
P:4.2 Customer shall pay 45% of the Contract Price (CNY 612,000) within 30 days after Go-Live.
P:4.3 Customer shall pay 35% of the Contract Price (CNY 476,000) within 30 days after Final Acceptance.
P:4.4 Payments are made by bank transfer to Vendor's account in CNY. Each party bears its own bank charges.
H:Article 5 Delivery and Services
P:5.1 Vendor shall deliver the Software by secure download within 10 days after signature and shall complete installation, configuration and migration so that Go-Live occurs within 120 days after signature, following the project plan in Annex 1.
P:5.2 Vendor shall assign a named project manager and a configuration lead, both fluent in Chinese, and shall not replace them without Customer's consent, which shall not be unreasonably withheld.
P:5.3 Customer shall provide server infrastructure, access to its ERP and MES test environments, key users for workshops and testing, and the existing quality records in readable form.
P:5.4 The project managers of both parties shall meet every two weeks, online or at the Yinzhou plant, to review progress, risks and open issues. Vendor shall keep minutes and circulate them within three working days. Any change to scope, schedule or price requires a written change order signed by both parties; no change order is needed for corrections that Vendor must make to meet the specification.
P:5.5 If Go-Live is delayed for reasons attributable to Vendor, Vendor shall pay Customer liquidated damages of CNY 1,500 for each day of delay, up to a maximum of 10% of the Contract Price. Payment of such damages does not release Vendor from its obligation to complete the work.
H:Article 6 Acceptance
P:6.1 After Go-Live Customer shall run the Software in production for 45 days. Vendor may request Final Acceptance when, during that period: (a) all functions in the functional specification in Annex 2 have been demonstrated; (b) migrated records have been reconciled against the source data without unexplained differences; (c) the ERP and MES interfaces have run for 20 consecutive working days without a Severity 1 or Severity 2 defect; (d) the reports in Annex 2 produce correct results on Customer's data; and (e) all documentation and training records have been handed over.
P:6.2 Customer shall confirm Final Acceptance in writing, or state the failed criteria, within 10 working days after the request. Vendor shall correct any failure and request acceptance again. Go-Live, productive use or any payment shall not by itself amount to Final Acceptance.
H:Article 7 Warranty and Support
P:7.1 Vendor warrants that the Software and the Custom Deliverables will conform to the documentation and the functional specification for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period Vendor will correct defects and provide updates, upgrades and support free of charge.
P:7.2 Support is provided in Chinese and English. Severity 1 means the Software is unavailable or a core quality process cannot be recorded. Vendor shall respond to a Severity 1 incident within 1 hour, 24 hours a day, and provide a workaround within 8 hours. Severity 2 incidents shall be answered within 2 business hours and resolved within 3 business days.
P:7.3 If Vendor misses a response or workaround time for a Severity 1 incident, Vendor shall credit Customer CNY 1,000 for each hour or part of an hour of delay, to be deducted from the next payment due.
P:7.4 After the Warranty Period Customer may purchase annual support for CNY 122,200 per Support Year, being 13% of the Licence Subtotal. This fee will not increase for the first three Support Years; thereafter any increase shall not exceed 3% per Support Year. Support is ordered by purchase order for each Support Year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 Vendor retains all rights in the Software. All rights, including copyright, in the Custom Deliverables vest in Customer on creation. Vendor shall deliver the source code and configuration files of the Custom Deliverables at Final Acceptance. Customer may use, modify, copy and license the Custom Deliverables without restriction.
P:8.2 Vendor shall defend and indemnify Customer against any claim that the Software or the Custom Deliverables infringe third-party rights.
H:Article 9 Customer Data and Data Security
P:9.1 All quality records, measurement data, supplier and customer information and other data processed with the Software ("Customer Data") belong to Customer. Vendor may access Customer Data only to perform this Agreement and may not use it for any other purpose.
P:9.2 Vendor shall access Customer's systems only through Customer's VPN with per-session approval and multi-factor authentication, shall not copy Customer Data outside Customer's systems, and shall comply with the PRC Data Security Law and Personal Information Protection Law.
P:9.3 Vendor shall notify Customer within 24 hours of any actual or suspected unauthorised access to Customer Data caused by Vendor or its personnel, shall cooperate in containing it, and shall be liable for all losses resulting from a breach of this Article.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and not disclose it to third parties without prior written consent, during the term of this Agreement and for three years thereafter.
H:Article 11 Liability
P:Each party's total liability under this Agreement is limited to 200% of the Contract Price. The limit does not apply to breach of Articles 9 and 10, infringement claims, wilful misconduct or personal injury. Neither party is liable for indirect or consequential loss.
H:Article 12 Subcontracting
P:Vendor shall not subcontract any part of the services without Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:13.2 If Customer terminates under Article 13.1 before Final Acceptance, Vendor shall refund the amounts paid for services not accepted. The licences already paid for remain in force.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of Washington, USA, without regard to its conflict-of-laws rules.
P:14.2 Any dispute arising out of this Agreement shall be finally resolved by the state or federal courts located in Spokane County, Washington, and each party submits to their jurisdiction.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Project Plan) and Annex 2 (Functional Specification and Reports), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:15.2 Notices shall be given in writing to the addresses above. Neither party may assign this Agreement without the other party's consent.
P:15.3 This Agreement is signed in two originals in English, one for each party.
P:For Cascade Ridge Software, Inc.: ____________________ Name / Title / Date
P:For Ningbo Dongqian Precision Casting Co., Ltd.: ____________________ Name / Title / Date
"""

# ---------------------------------------------------------------------------------------------------------------------
# e02  SaaS Order Form + General Terms, Tennessee vendor, .md, Section N.N
# ---------------------------------------------------------------------------------------------------------------------
H513E02 = """# ORDER FORM No. HL-2025-0219

**Vendor:** HarborLine Scheduling, Inc., 800 Market Street, Suite 410, Chattanooga, Tennessee 37402, USA

**Customer:** Shenzhen Xinhe Restaurant Management Co., Ltd., Futian District, Shenzhen, Guangdong, PRC

This Order Form is entered into under, and incorporates, the HarborLine General Terms set out below (together, the "Agreement"). Customer operates 46 restaurants in Guangdong with about 1,900 employees and subscribes to the HarborLine workforce scheduling service for shift planning, time and attendance and labour-cost reporting.

## Part A: Order details

| Item | Description | Quantity | Fee (CNY) |
|---|---|---|---|
| A1 | HarborLine Scheduling Enterprise subscription, up to 2,200 active employees, 46 locations | per Subscription Year | 286,000 |
| A2 | Subscription for three Subscription Years | 3 | 858,000 |
| A3 | Onboarding: configuration, payroll export interface, data import, training (one-time) | 1 | 74,000 |
| | Total fees under this Order Form | | 932,000 |

**Subscription Term:** three Subscription Years starting on the Service Start Date, which is the day after Go-Live Acceptance under Section 3.2. The first Subscription Year is expected to begin on 1 November 2025.

**Currency:** at Customer's request all fees are quoted, invoiced and paid in Chinese Yuan (CNY), inclusive of applicable taxes.

**Invoicing:** the onboarding fee is invoiced after Go-Live Acceptance. Subscription fees are invoiced quarterly in arrears at CNY 71,500 per quarter. Invoices are payable within 30 days. No fees are payable before the Service Start Date.

**Additional employees:** if active employees exceed 2,200 in any quarter, the excess is charged at CNY 150 per employee per Subscription Year, pro rata.

**Hosting region:** the service is hosted for Customer in the Alibaba Cloud Shenzhen region.

## Part B: General Terms

### Section 1 Definitions

1.1 "Service" means the HarborLine Scheduling software-as-a-service, its mobile applications and documentation. "Customer Data" means all data submitted to the Service by or for Customer, including employee records, shifts, attendance records and sales forecasts. "Customer Configurations" means rules, templates, reports and interface mappings created specifically for Customer during onboarding or later at Customer's request.

1.2 "Go-Live" means the first day on which Customer publishes live schedules to employees through the Service.

### Section 2 Use of the Service

2.1 Vendor grants Customer and its authorised users a non-exclusive, non-transferable right to access and use the Service during the Subscription Term for Customer's internal business.

2.2 Customer is responsible for its users' compliance with the Agreement and for the accuracy of Customer Data. Customer shall not resell the Service or attempt to access its source code.

2.3 Vendor may update the Service from time to time, provided that updates do not materially reduce its functions. Vendor shall announce major updates to administrators at least 14 days in advance, with release notes in Chinese, and shall offer an online briefing session for store managers whenever the mobile application changes the way employees view or swap shifts.

### Section 3 Onboarding and Acceptance

3.1 Vendor shall complete onboarding so that Go-Live occurs within 60 days after signature of this Order Form. Onboarding includes configuration of labour rules for Guangdong, import of employee master data, an export interface to Customer's payroll system, and train-the-trainer sessions for twelve store managers and four head-office administrators.

3.2 Go-Live Acceptance requires that: (a) schedules for all 46 restaurants have been produced for two consecutive weeks; (b) attendance records for those weeks reconcile with the clock-in records without unexplained differences; (c) the payroll export has been imported successfully by Customer's payroll team; and (d) the reports listed in Exhibit 1 have been delivered. Customer shall sign a Go-Live Acceptance certificate or list the unmet criteria within 7 working days. Publishing schedules does not by itself amount to acceptance.

3.3 If Go-Live Acceptance is delayed beyond the date in Section 3.1 for reasons attributable to Vendor, Vendor shall pay Customer CNY 600 per day of delay, up to CNY 60,000.

### Section 4 Service Levels

4.1 Vendor targets monthly availability of the Service of 99.95%, excluding scheduled maintenance announced at least 48 hours in advance and performed between 01:00 and 05:00 China Standard Time.

4.2 Support requests are classified by severity. Severity 1 means the Service is unavailable or schedules cannot be published for multiple locations. Vendor shall respond to Severity 1 requests within 30 minutes, at any time, and to Severity 2 requests within 2 business hours.

4.3 Vendor will use reasonable efforts to restore the Service promptly. The service levels in this Section are targets; Vendor's sole obligation if they are not met is to continue working to restore the Service, and no service credits, refunds or other compensation are payable.

4.4 Vendor shall provide a monthly service report showing availability, incidents and support tickets.

### Section 5 Customer Data

5.1 As between the parties, Customer owns all Customer Data. Customer grants Vendor a licence to host, copy and process Customer Data to provide the Service.

5.2 Vendor shall maintain administrative, physical and technical safeguards for Customer Data, including encryption in transit and at rest, role-based access, multi-factor authentication for Vendor staff, logging of administrative access, and daily backups kept in mainland China. Vendor holds a SOC 2 Type II report and shall keep the hosting environment certified at MLPS level 3.

5.3 Vendor may collect and use aggregated and de-identified data derived from Customer Data and from Customer's use of the Service to improve and develop its products, to train forecasting models and to publish industry labour benchmarks, during and after the Subscription Term, provided that such data does not identify Customer or any individual.

5.4 Vendor shall notify Customer within 48 hours after becoming aware of any unauthorised access to Customer Data, shall take reasonable steps to contain it, and is responsible for the losses Customer suffers from a security incident caused by Vendor's breach of Section 5.2.

5.5 Within 30 days after the end of the Subscription Term Vendor shall make Customer Data available for export in CSV format and shall then delete it.

### Section 6 Intellectual Property

6.1 Vendor owns the Service and all improvements to it.

6.2 Customer Configurations belong to Customer. Vendor shall deliver them in an exportable format on request, and Customer may use, modify and license them to any third party, including a future service provider.

### Section 7 Confidentiality

7.1 Each party shall protect the other party's confidential information with reasonable care, use it only for the Agreement and disclose it only to personnel and advisers who need to know it.

7.2 These obligations continue for three years after the Agreement ends.

### Section 8 Subcontracting

8.1 Vendor uses Alibaba Cloud (China) as hosting provider, which Customer approves by signing this Order Form. Vendor shall not use any other subcontractor for the Service or the onboarding without Customer's prior written consent.

### Section 9 Liability

9.1 Neither party is liable for indirect, incidental or consequential damages or for lost profits.

9.2 Each party's total liability arising out of the Agreement is limited to the fees paid or payable by Customer in the six months preceding the event giving rise to the claim.

9.3 Section 9.2 does not apply to Customer's payment obligations or to either party's fraud or wilful misconduct.

### Section 10 Term and Termination

10.1 The Agreement runs for the Subscription Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

10.2 Either party may terminate the Agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice. If Customer terminates for Vendor's breach, Vendor shall refund any fees paid for the period after termination.

10.3 Vendor may suspend the Service if undisputed invoices remain unpaid 45 days after written reminder.

### Section 11 Governing Law and Disputes

11.1 At Customer's request the Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time. The arbitration shall be conducted in English and Chinese.

### Section 12 General

12.1 This Order Form and the General Terms are the entire agreement on their subject. If they conflict, the Order Form prevails.

12.2 Notices must be in writing and sent by courier or email to the addresses on this Order Form.

12.3 Neither party may assign the Agreement without the other party's consent, except to a successor of its whole business.

12.4 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party promptly and resumes performance as soon as possible. An outage of Vendor's hosting provider is not such an event unless it results from a natural disaster affecting the whole region.

12.5 The Agreement is signed in English and Chinese. Both versions have equal effect; in case of inconsistency the parties shall interpret them in good faith according to the purpose of the Agreement.

**Signed for HarborLine Scheduling, Inc.:** ____________________ Name / Title / Date

**Signed for Shenzhen Xinhe Restaurant Management Co., Ltd.:** ____________________ Name / Title / Date
"""

# ---------------------------------------------------------------------------------------------------------------------
# e03  water-quality sensors for an aquaculture site, Hawaii vendor, buyer's paper, .docx with a Word price table,
#      numbered clauses 1. / 1.1, compliant
# ---------------------------------------------------------------------------------------------------------------------
H513E03 = """
T:SUPPLY CONTRACT FOR WATER-QUALITY MONITORING EQUIPMENT
P:Contract No. ZJHY-EQ-2025-014
P:Buyer: Zhanjiang Haiyuan Aquaculture Co., Ltd., Donghai Island, Zhanjiang, Guangdong, PRC (the "Buyer").
P:Supplier: Mauna Kai Instruments, Inc., 75 Kamehameha Avenue, Hilo, Hawaii 96720, USA (the "Supplier").
P:The Buyer operates a shrimp and grouper farm of 48 ponds and a hatchery at its Donghai Island site. Following its request for quotation of 3 June 2025, the Buyer has selected the Supplier to supply, install and commission a continuous water-quality monitoring system for the site. This contract is on the Buyer's standard terms for equipment purchases. All prices are in Chinese Yuan (CNY).
H:1. Scope of Supply
P:1.1 The Supplier shall supply the equipment and software listed in Clause 2, install it at the site, integrate it with the Buyer's aeration control panels and farm management server, commission it, and train the Buyer's staff.
P:1.2 The system shall measure dissolved oxygen, temperature, salinity, pH and ammonia in each pond at intervals of not more than five minutes, display the values on the Buyer's monitoring screen, and send alarms by SMS and the Buyer's work-messaging application when a value leaves the range set by the Buyer.
P:1.3 The Supplier shall provide the custom dashboards, alarm rules and the interface to the Buyer's farm management server described in Annex A (together, the "Custom Work").
H:2. Price
P:2.1 The Contract Price is CNY 1,154,800, fixed, inclusive of import duties, VAT, freight to site, insurance, installation and all other costs. It is made up as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multiparameter water-quality sonde, DO / temperature / salinity / pH / ammonia, with anti-fouling wiper|24|21,500|516,000
TB:2|Optical dissolved-oxygen sensor with 10 m cable|48|4,800|230,400
TB:3|Solar-powered data logger and 4G gateway|12|9,600|115,200
TB:4|Automatic weather station|2|28,600|57,200
TB:5|Monitoring software, perpetual site licence|1|86,000|86,000
TB:|Hardware and Licence Subtotal|||1,004,800
TB:6|Installation, integration and commissioning, including Custom Work|1|128,000|128,000
TB:7|Training of operators and technicians|1|22,000|22,000
TB:|Contract Price|||1,154,800
P:2.2 Quantities may be adjusted by written change order at the unit prices above.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 115,480) within 20 days after signature against the Supplier's invoice and a bank guarantee for the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 635,140) within 30 days after all equipment has been delivered and installed and the parties have signed an Installation Certificate. The Installation Certificate records delivery and installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 404,180) within 30 days after Final Acceptance under Clause 5.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the site within 75 days after signature and complete installation within 30 days after delivery. Delivery is DDP Donghai Island site (Incoterms 2020).
P:4.2 The Supplier shall supervise installation personally or through its engineer and shall follow the Buyer's biosecurity rules: disinfection of equipment before entry, no movement between ponds without changing boots, and no entry to the hatchery without the farm manager's approval.
P:4.3 Each shipment shall be packed for sea and road transport in a humid coastal climate and shall be accompanied by a packing list, the certificate of origin, factory test reports and calibration certificates for each sonde. The Buyer shall provide a dry store near the site office, electricity for tools and a pontoon or boat for work in the ponds. The Buyer may reject any item that arrives damaged; the Supplier shall replace it at its own cost within the delivery period.
P:4.4 If the Supplier fails to complete delivery or installation on time, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct these damages from any payment.
H:5. Acceptance
P:5.1 After installation the system shall run for a trial period of 30 days. Final Acceptance requires that during the trial period: (a) every sensor reports at the required interval with at least 98% of readings received; (b) the readings of each sonde agree with laboratory reference measurements taken by the Buyer within the accuracy stated in the Supplier's data sheets; (c) alarms reach the designated staff within two minutes in every test; (d) the interface to the farm management server and the aeration panels works without error; and (e) the Supplier has delivered the as-built documentation, calibration certificates and training records.
P:5.2 The Buyer shall issue a Final Acceptance Certificate or a list of defects within 10 working days after the end of the trial period. The Supplier shall remedy defects and the trial period shall be repeated for the affected parts. Installation, use of the system or payment does not amount to acceptance.
H:6. Warranty
P:6.1 The Supplier warrants the equipment, the software and the Custom Work against defects in design, materials and workmanship for 36 months after Final Acceptance. During this period the Supplier shall repair or replace defective items free of charge, including freight and duties, and shall provide software updates.
P:6.2 Warranty service includes two calibration visits in each warranty year, scheduled with the farm manager outside the main harvest weeks, at which the Supplier shall clean and calibrate every sonde, check all cables and mounting floats, and leave a written calibration report.
P:6.3 The Supplier shall keep a stock of spare sondes and sensors in Guangzhou through its distributor so that replacement parts reach the site within three days.
H:7. Service Levels
P:7.1 A Severity 1 fault is a loss of monitoring or alarms for five or more ponds or the whole hatchery. The Supplier shall respond to a Severity 1 fault within 1 hour by telephone or remote session, and shall restore monitoring within 24 hours, if necessary by sending replacement units.
P:7.2 A Severity 2 fault is a failure of a single sensor or logger. The Supplier shall respond within 8 hours and repair within five days.
P:7.3 For each hour by which the Supplier misses a Severity 1 response or restoration time, the Supplier shall pay CNY 800, which the Buyer may deduct from any amount due.
H:8. Post-Warranty Support
P:8.1 After the warranty the Buyer may order annual support, covering repairs, software updates, remote assistance and one calibration visit, at CNY 70,336 per year, being 7% of the Hardware and Licence Subtotal. This price is fixed for the first two support years after the warranty.
P:8.2 Support is ordered by separate purchase order for each support year and does not renew automatically.
H:9. Intellectual Property
P:9.1 The Supplier keeps its rights in the standard software and firmware and grants the Buyer a perpetual licence to use them with the equipment.
P:9.2 The Custom Work, including its source code and configuration files, belongs to the Buyer. The Buyer may use, modify and have it maintained by any third party.
H:10. Data Security
P:10.1 All monitoring data, pond records and production data belong to the Buyer. The loggers shall send data only to the Buyer's server in China. The Supplier may not use the data for any purpose other than performing this contract.
P:10.2 Remote access by the Supplier requires the Buyer's prior approval for each session, through the Buyer's VPN, and shall be logged. The Supplier shall change all default passwords before commissioning and shall not keep copies of the Buyer's data.
P:10.3 The Supplier shall notify the Buyer within 24 hours of any security incident affecting the system and is liable for losses caused by its breach of this Clause.
H:11. Confidentiality
P:Each party shall keep confidential the other party's non-public information, including the Buyer's production figures, stocking densities and site layout, and shall not disclose it without written consent. This obligation survives the contract for three years.
H:12. Liability
P:The Supplier's total liability under this contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 10 and 11.
H:13. Subcontracting
P:The Supplier shall not subcontract installation or any other part of the work without the Buyer's prior written consent. The Supplier's distributor in Guangzhou, Nanhai Ocean Instruments Co., Ltd., is approved for installation by the Buyer's signature of this contract.
H:14. Termination
P:The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if the maximum liquidated damages under Clause 4.4 have been reached.
H:15. Governing Law and Disputes
P:This contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.
H:16. General
P:This contract is made in English and Chinese, both versions equally authentic, in four originals. Annex A (Custom Work and Interface Specification) and Annex B (Site Plan) form part of it.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------------
# e04  managed IT service desk and endpoint management, Mississippi vendor, .md with schedules as tables, numbered clauses
# ---------------------------------------------------------------------------------------------------------------------
H513E04 = """# Managed IT Services Agreement

**Agreement No.** MMS-SZ-2025-07

**Provider:** Magnolia Managed Services, LLC, 210 East Capitol Street, Jackson, Mississippi 39201, USA ("Provider")

**Customer:** Suzhou Lianfeng Textile Co., Ltd., Wujiang District, Suzhou, Jiangsu, PRC ("Customer")

Customer runs two weaving and dyeing plants and a sales office in Suzhou with about 640 computer users. Customer wishes to outsource its IT service desk, endpoint management and server monitoring to Provider. Provider has offered the services described in Schedule 1 at the charges in Schedule 3. All charges are in Chinese Yuan (CNY).

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1. "Service Levels" means the levels in Schedule 2. "Service Commencement Date" means the day after Transition Acceptance.

1.2 "Initial Term" means 36 months from the Service Commencement Date.

1.3 "Customer Data" means all data of Customer and its employees that Provider or its personnel can access in performing the Services, including data on end-user devices, servers, e-mail and tickets.

## 2. Transition

2.1 Provider shall carry out the transition of the services from Customer's internal IT team within 45 days after signature, following the transition plan in Schedule 1. Transition includes documenting all devices, servers and applications, installing Provider's monitoring and remote-management agents, setting up the ticketing portal in Chinese and English, and shadowing Customer's IT staff for two weeks.

2.2 Transition Acceptance requires that: (a) at least 98% of in-scope devices report to the management console; (b) the service desk has handled tickets for ten consecutive working days in line with the Service Levels; (c) the asset register and runbooks have been delivered and approved by Customer's IT manager; and (d) backup jobs for all in-scope servers have completed and one test restore per server has succeeded. Customer shall sign a Transition Acceptance certificate or list the unmet criteria within 5 working days. Starting to use the service desk does not amount to acceptance.

2.3 If Transition Acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 1,000 for each day of delay, up to CNY 45,000.

## 3. Services and Service Levels

3.1 Provider shall perform the Services with skilled personnel in accordance with good industry practice and the Service Levels.

3.2 Provider shall keep at least two engineers on site in Suzhou during Customer's working hours, one at each plant, and shall run the remote service desk from its Jackson operations centre with Chinese-speaking staff.

3.3 If Provider misses a Service Level in any month, Customer is entitled to the service credits in Schedule 2, deducted from the next invoice.

3.4 Provider shall maintain an up-to-date asset register of all in-scope devices, servers and software licences, and shall give Customer read access to it through the portal at all times. Provider shall apply critical security patches released by operating-system vendors within the times in Schedule 2, after testing them on a pilot group agreed with Customer, and shall not apply patches to production-line computers without the plant engineering manager's approval, because those computers control dyeing machines and weaving looms.

3.5 Provider shall support Customer's annual IT audit and its customers' supplier audits by providing evidence of patching, backups and access reviews within five working days of a request.

3.6 Provider shall report monthly on tickets, Service Level performance, patch status, backup results and open risks, and shall meet Customer's IT manager monthly to review the report.

## 4. Charges and Payment

4.1 Customer shall pay the charges in Schedule 3. The Monthly Service Charge is invoiced monthly in arrears; the one-time Transition Charge is invoiced after Transition Acceptance. No amount is payable in advance.

4.2 Invoices are payable within 30 days of receipt. Additional devices above the number in Schedule 3 are charged at the unit rate stated there.

4.3 Charges are fixed for the Initial Term.

## 5. Customer Data

5.1 Customer Data belongs to Customer. Provider shall use Customer Data only to perform the Services and shall return it to Customer at the end of the Agreement.

5.2 Customer is responsible for its own security policies, user accounts and licences for the software installed on its devices.

## 6. Confidentiality

6.1 Each party shall keep confidential all information received from the other party that is marked confidential or is by its nature confidential, and shall use it only for this Agreement.

6.2 The obligation in Clause 6.1 does not apply to information that is public, was already known to the recipient, or must be disclosed by law. It continues for three years after the Agreement ends.

## 7. Intellectual Property

7.1 Provider retains its tools, monitoring software and general know-how.

7.2 Runbooks, scripts, configuration baselines and documentation prepared specifically for Customer belong to Customer. Customer may use, modify and give them to any third party, including a successor provider.

## 8. Personnel and Subcontractors

8.1 Provider shall vet its personnel, ensure they comply with Customer's site rules and replace any person whom Customer reasonably objects to.

8.2 Provider may engage subcontractors, including its partner in Suzhou, Wujiang Xinda IT Services Co., Ltd., for on-site work, by giving Customer written notice of the subcontractor's name and role at least 10 days before the subcontractor starts work. Provider remains responsible for its subcontractors.

## 9. Liability

9.1 Provider's total liability under this Agreement is limited to CNY 2,600,000.

9.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of production.

## 10. Term and Termination

10.1 The Agreement starts on signature and continues until the end of the Initial Term. It does not renew automatically; any extension requires a written amendment signed by both parties.

10.2 The Agreement is a fixed-term commitment. Customer may not terminate it before the end of the Initial Term. If Provider fails to perform, Customer's remedies are the service credits under Clause 3.3 and damages within the limit in Clause 9.

10.3 Provider may terminate the Agreement by written notice if Customer fails to pay undisputed invoices within 60 days after a written reminder.

10.4 At the end of the Agreement, Provider shall provide reasonable exit assistance for up to 60 days at the rates in Schedule 3, and shall hand over all runbooks, passwords and documentation.

## 11. Governing Law and Disputes

11.1 The Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.

## 12. General

12.1 This Agreement with its Schedules is the entire agreement between the parties. Amendments must be in writing.

12.2 Neither party is liable for delays caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it informs the other party promptly and takes reasonable steps to limit the effect. Failures of Provider's own systems or staff shortages are not such events.

12.3 Notices shall be sent by email and courier to the addresses above.

## Schedule 1: Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, portal and messaging support for 640 users in Chinese and English | 07:00 to 22:00 daily |
| Endpoint management | Patching, antivirus, software deployment and asset tracking for 700 laptops and desktops | Continuous |
| Server monitoring | Monitoring, patching and backup checks for 38 servers at two plants | Continuous |
| On-site support | Two engineers, desk-side support, device replacement, meeting rooms | Working days 08:00 to 17:30 |
| Transition | Discovery, agent roll-out, runbooks, knowledge transfer | 45 days after signature |

## Schedule 2: Service Levels and Service Credits

| Priority | Definition | Response | Resolution target |
|---|---|---|---|
| P1 | Production line systems, ERP or a whole plant network unavailable | 30 minutes | 6 hours |
| P2 | A department or a critical server affected | 1 hour | 8 hours |
| P3 | A single user affected | 2 working hours | 3 working days |
| P4 | Requests and questions | 1 working day | 5 working days |

| Measure | Target | Service credit if missed in a month |
|---|---|---|
| P1 response and resolution | 95% of P1 incidents within target | 5% of the Monthly Service Charge |
| P2 response and resolution | 90% of P2 incidents within target | 3% of the Monthly Service Charge |
| Patch compliance | 95% of devices patched within 14 days of release | 2% of the Monthly Service Charge |
| Backup success | 98% of backup jobs successful, failures re-run within one working day | 2% of the Monthly Service Charge |

## Schedule 3: Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly Service Charge | up to 700 devices and 38 servers, per month | 46,800 |
| Monthly Service Charge over the Initial Term | 36 months | 1,684,800 |
| Transition Charge | one-time, after Transition Acceptance | 58,000 |
| Total charges under the Agreement | | 1,742,800 |
| Additional device | per device per month | 65 |
| Exit assistance | per engineer day | 2,400 |

**Signed for Magnolia Managed Services, LLC:** ____________________

**Signed for Suzhou Lianfeng Textile Co., Ltd.:** ____________________
"""

# ---------------------------------------------------------------------------------------------------------------------
# e05  agricultural weather / crop data API subscription, North Dakota vendor, .txt, upper-case headings
# ---------------------------------------------------------------------------------------------------------------------
H513E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. PSD-2025-CN-112

PROVIDER: Prairie Signal Data, Inc., 401 Broadway North, Fargo, North Dakota 58102, USA ("Provider").
CUSTOMER: Heilongjiang Beifeng Seed Industry Co., Ltd., Xiangfang District, Harbin, Heilongjiang, PRC ("Customer").

BACKGROUND
Customer breeds and sells maize and soybean seed and runs variety trials on about 260 trial plots in north-east China. Provider operates an application programming interface that delivers weather observations, weather forecasts, soil-moisture estimates and crop growth-stage models for any location given by coordinates. Customer wishes to connect the API to its trial management system and its agronomy advisory application for growers. Prices are in Chinese Yuan (CNY) at Customer's request.

DEFINITIONS
"API" means Provider's Prairie Signal Agronomy API, version 4, and its documentation. "Provider Data" means the data, forecasts and model outputs that the API returns. "Customer Query Data" means the coordinates, plot identifiers, planting dates, variety codes and other information that Customer sends to the API. "Historical Dataset" means the daily weather and soil-moisture series for Customer's trial locations from 1 January 2005 to 31 August 2025, in the format set out in Exhibit A. "Integration Deliverables" means the connector code, field mappings and scripts that Provider writes for Customer to link the API with Customer's systems. "Subscription Year" means the period from 1 September 2025 to 31 August 2026 (the first Subscription Year) and the period from 1 September 2026 to 31 August 2027 (the second Subscription Year).

SUBSCRIPTION AND TERM
The subscription starts on 1 September 2025 (the "Start Date") and ends on 31 August 2027. It covers up to 2,000,000 API calls per calendar month for Customer and for growers using Customer's advisory application. The Agreement does not renew automatically. Any renewal requires a new written agreement.

FEES
1. API subscription: CNY 218,000 per Subscription Year, CNY 436,000 for the two Subscription Years.
2. Historical Dataset, one-time: CNY 64,000.
3. Integration support, one-time, up to 25 engineer days: CNY 26,000.
Total fees under this Agreement: CNY 526,000.
Calls above the monthly allowance are charged at CNY 90 per 10,000 calls, invoiced quarterly in arrears. Overage charges are not part of the total above.

PAYMENT
Each Subscription Year's fee is invoiced in two equal instalments of CNY 109,000, each at the end of the half-year to which it relates. The Historical Dataset fee is invoiced after its acceptance, and the integration support fee after the Integration Deliverables are accepted. Invoices are payable within 30 days. No amount is payable in advance.

DELIVERY OF THE HISTORICAL DATASET AND INTEGRATION
Provider shall deliver the Historical Dataset within 30 days after the Start Date, by secure file transfer to Customer's server. Customer shall check the dataset within 10 working days and accept it if: (a) it covers all 260 trial locations listed in Exhibit A for the whole period; (b) no more than 0.5% of daily values are missing, and missing values are flagged; (c) the values for six reference stations agree with the records of the China Meteorological Administration supplied by Customer within the tolerances in Exhibit A; and (d) the files follow the agreed format and data dictionary. If the dataset fails any test, Provider shall correct it and deliver it again.
If Provider delivers an acceptable Historical Dataset later than the date above for reasons attributable to Provider, Provider shall pay Customer CNY 400 for each day of delay, up to CNY 20,000.
Provider shall support Customer's developers in connecting the API to Customer's trial management system and advisory application, and shall deliver the Integration Deliverables with documentation. They are accepted when Customer confirms in writing that test calls for all trial locations return complete results and that the advisory application displays them correctly.

SERVICE AND SUPPORT
Provider will use commercially reasonable efforts to keep the API available and to answer support requests promptly. Provider will publish planned maintenance on its status page in advance where possible. Support is available by email and through Provider's support portal. Provider may change the API, but shall give Customer at least 90 days' notice before removing any endpoint that Customer uses, and shall keep the previous version running during that notice period.
Provider shall give Customer access to a usage dashboard that shows calls per API key and per day, so that Customer can monitor its consumption against the monthly allowance. Provider shall send Customer's technical contact an email warning when monthly usage reaches nine-tenths of the allowance, so that Customer can decide whether to reduce calls or accept overage charges for the rest of that month.

API KEYS AND ACCEPTABLE USE
Provider shall issue separate API keys for Customer's test environment, its trial management system and its advisory application, so that usage can be tracked per system. Customer shall keep its API keys secure, shall not embed them in software distributed to growers in a form that can be read, and shall inform Provider without delay if it believes a key has been exposed, in which case Provider shall issue a replacement key free of charge. Customer shall not use the API to build a competing weather data service, shall not attempt to circumvent usage limits, and shall keep the call rate within the limits in the documentation. Provider may throttle calls that exceed those limits, after warning Customer's technical contact by email.

CUSTOMER RESPONSIBILITIES
Customer shall provide accurate coordinates for its trial locations, name a technical contact and a business contact, give Provider's engineers remote access to a test environment during the integration work, and review draft field mappings within five working days. Customer is responsible for its own systems, for its relationship with growers and for the content of its advisory application. Delays caused by Customer extend Provider's delivery dates accordingly.

LICENCE TO PROVIDER DATA
Provider grants Customer a non-exclusive, non-transferable licence during the subscription to use Provider Data for its breeding, trial and seed-sales business and to display Provider Data to growers in its advisory application. Customer may keep and use Provider Data received during the subscription, including the Historical Dataset, for its internal research after the subscription ends. Customer shall not resell Provider Data as a data feed.

INTELLECTUAL PROPERTY
Provider keeps all rights in the API, its models and Provider Data, except as licensed above. The Integration Deliverables belong to Customer on payment of the integration support fee; Provider shall deliver their source code and Customer may use, modify and license them freely. Analyses, reports and models that Customer produces with Provider Data belong to Customer.

CUSTOMER QUERY DATA AND SECURITY
Customer Query Data belongs to Customer. Provider may use it only to answer Customer's API calls and shall not use it for any other purpose, including product development, and shall not disclose it to anyone else. Provider shall delete Customer Query Data from its logs within 30 days after each call.
Provider shall protect Customer Query Data with encryption in transit and at rest, access controls limited to named operations staff, multi-factor authentication and logging of all access. Provider shall notify Customer within 48 hours after it becomes aware of any unauthorised access to Customer Query Data, shall take the steps needed to contain it, and shall compensate Customer for losses caused by a security breach for which Provider is responsible.

SUBCONTRACTING
Provider shall not subcontract the supply of the API, the Historical Dataset or the integration work without Customer's prior written consent.

LIABILITY
Provider's total liability under this Agreement is limited to CNY 800,000. This limit does not apply to Provider's obligations under CUSTOMER QUERY DATA AND SECURITY or to wilful misconduct. Neither party is liable for lost profits or indirect loss, including crop losses or losses of growers who rely on forecasts.

DISCLAIMER
Weather forecasts and model outputs are estimates. Provider does not warrant that any forecast will prove accurate, and Customer remains responsible for the agronomic advice it gives to growers.

TERMINATION
Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If Customer terminates for Provider's breach, Provider shall refund fees paid for any period after termination.
Provider may suspend access if undisputed fees remain unpaid for 45 days after a written reminder.

GOVERNING LAW AND DISPUTES
At Customer's request this Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin.

FORCE MAJEURE
Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, war, failures of public telecommunications networks or government action, provided that it notifies the other party promptly and resumes performance as soon as practicable. A failure of Provider's own hosting arrangements is not such an event.

GENERAL
This Agreement, with Exhibit A (Trial Locations, Historical Dataset Format and Tolerances), is the entire agreement between the parties. Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other party's consent. Notices shall be sent by email and confirmed by courier to the addresses above.

SIGNED for Prairie Signal Data, Inc.: ____________________ Name / Title / Date

SIGNED for Heilongjiang Beifeng Seed Industry Co., Ltd.: ____________________ Name / Title / Date
"""

# ---------------------------------------------------------------------------------------------------------------------
# files, labels, design list
# ---------------------------------------------------------------------------------------------------------------------
NAMES = {
    "z01": ("h513z01_housing_bureau_quality_platform.pdf", "zh", "software"),
    "z02": ("h513z02_pipe_plant_extruder_control_retrofit.docx", "zh", "hardware"),
    "z03": ("h513z03_baby_store_chain_member_inventory_saas.txt", "zh", "cloud"),
    "z04": ("h513z04_sports_bureau_fitness_platform_operations.txt", "zh", "services"),
    "z05": ("h513z05_spicy_snack_plant_equipment_software_supplier_template.md", "zh", "software"),
    "e01": ("h513e01_casting_quality_software_licence_wa_vendor.pdf", "en", "software"),
    "e02": ("h513e02_restaurant_scheduling_saas_order_form_tn_vendor.md", "en", "cloud"),
    "e03": ("h513e03_aquaculture_water_sensors_hi_vendor.docx", "en", "hardware"),
    "e04": ("h513e04_textile_managed_it_services_ms_vendor.md", "en", "services"),
    "e05": ("h513e05_seed_company_weather_data_api_nd_vendor.txt", "en", "cloud"),
}
SOURCES_ALL = {"z01": H513Z01, "z02": H513Z02, "z03": H513Z03, "z04": H513Z04, "z05": H513Z05,
               "e01": H513E01, "e02": H513E02, "e03": H513E03, "e04": H513E04, "e05": H513E05}

# price / payment arithmetic, asserted
assert 420000 + 260000 + 180000 == 860000 and 860000 + 720000 + 186000 + 94000 == 1860000
assert 372000 + 837000 + 651000 == 1860000 and 372000 == 0.20 * 1860000 and 860000 * 8 // 100 == 68800
assert 588000 + 252000 + 57000 + 66000 + 126000 == 1089000 and 1089000 + 96000 + 18000 == 1203000
assert 6 * 98000 == 588000 and 6 * 42000 == 252000 and 6 * 9500 == 57000 and 6 * 11000 == 66000
assert 240600 + 421050 + 541350 == 1203000 and 1089000 * 20 // 100 == 217800
assert 70 * 3600 == 252000 and 252000 + 56000 == 308000 and 3 * 308000 + 138000 == 1062000 and 4 * 77000 == 308000
assert 324000 + 68000 + 56000 + 38000 == 486000 and 4 * 121500 == 486000
assert 280000 + 60000 == 340000 and 340000 + 260000 + 48000 + 12000 == 660000 and 396000 + 231000 + 33000 == 660000
assert 120 * 6800 == 816000 and 816000 + 124000 == 940000 and 940000 + 286000 + 98000 + 36000 == 1360000
assert 272000 + 612000 + 476000 == 1360000 and 940000 * 13 // 100 == 122200
assert 3 * 286000 + 74000 == 932000 and 4 * 71500 == 286000
assert 24 * 21500 == 516000 and 48 * 4800 == 230400 and 12 * 9600 == 115200 and 2 * 28600 == 57200
assert 516000 + 230400 + 115200 + 57200 + 86000 == 1004800 and 1004800 + 128000 + 22000 == 1154800
assert 115480 + 635140 + 404180 == 1154800 and 1004800 * 7 // 100 == 70336
assert 36 * 46800 == 1684800 and 1684800 + 58000 == 1742800
assert 2 * 218000 + 64000 + 26000 == 526000 and 2 * 109000 == 218000

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: terms in TERM_KEYS order; extra (sla_clause, ld_stated, capped or None, deemed, value); tco (base, fee/yr, warranty months)
LABELS = {
    "z01": ([99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True, False, "PRC", G],
            (True, True, True, False, 1860000), (860000, 68800, 24)),
    "z02": ([None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 6, 20, False, True, False, "PRC", G],
            (True, True, True, False, 1203000), (1089000, 217800, 6)),
    "z03": ([99.5, 0.5, True, "buyer", True, True, True, 1200 / 1062000 * 100, None, None, True, None, None, None, True,
             True, True, "PRC", S], (True, True, None, False, 1062000), None),
    "z04": ([None, 6, True, "buyer", True, True, True, 0.03, None, None, True, None, None, None, False, True, False,
             "PRC", S], (True, True, None, False, 486000), None),
    "z05": ([None, 8, False, "supplier", True, False, True, None, 20, 60, False, False, 6, None, False, True, None, None,
             G], (True, False, False, True, 660000), None),
    "e01": ([None, 1, True, "buyer", True, True, True, 1500 / 1360000 * 100, 200, 20, True, True, 18, 13, False, True,
             False, "Washington", G], (True, True, True, False, 1360000), (940000, 122200, 18)),
    "e02": ([99.95, 0.5, False, "buyer", True, False, True, 600 / 932000 * 100, 6 / 36 * 100, None, True, None, None,
             None, False, True, False, "PRC", S], (True, True, None, False, 932000), None),
    "e03": ([None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 36, 7, False, True, False, "PRC", G],
            (True, True, True, False, 1154800), (1004800, 70336, 36)),
    "e04": ([None, 0.5, True, "buyer", False, True, True, 1000 / 1742800 * 100, 2600000 / 1742800 * 100, None, True,
             None, None, None, False, False, True, "PRC", S], (True, True, None, False, 1742800), None),
    "e05": ([None, None, False, "buyer", True, True, False, 400 / 526000 * 100, 800000 / 526000 * 100, None, True, None,
             None, None, False, True, False, "PRC", S], (False, True, None, False, 526000), None),
}
DESIGN = {
    "z01": [],
    "z02": ["CR-WARRANTY", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "z04": ["CR-SLA-RESPONSE", "CR-LD-LOW"],
    "z05": ["CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
            "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-DATA-OWNERSHIP"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-TERMINATION", "CR-SUBCONTRACT"],
    "e05": ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-CONFIDENTIALITY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY_HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
                 "CR-POST-WARRANTY-FEE"}
SEVERITY_LOW = {"CR-GOVERNING-LAW"}


def tco_share(value, tco):
    """Policy section 4: horizon 5 years from acceptance; post-warranty fee for every year after the warranty."""
    base, fee, wmonths = tco
    assert fee == base * (fee / base)
    years = max(0.0, 5 - wmonths / 12)
    post = years * fee
    return post, post / (value + post) * 100


def derive_rules(t, x, tco):
    """My own reading of policy.md section 3 (not project code)."""
    sla_clause, ld_stated, capped, deemed, value = x
    r = set()
    if not sla_clause:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if sla_clause and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if tco is not None and capped and tco_share(value, tco)[1] > 40:
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


def risk_of(rules):
    if any(x in SEVERITY_HIGH for x in rules):
        return "high"
    if any(x not in SEVERITY_LOW for x in rules):
        return "medium"
    return "low"


def check_label_thresholds(key, t, x, tco):
    on = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
    for k, v in on.items():
        assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k)
    if tco is not None:
        share = tco_share(x[4], tco)[1]
        assert abs(share - 40) > 2, (key, share)


# ---------------------------------------------------------------------------------------------------------------------
# threshold scan (self-tested)
# ---------------------------------------------------------------------------------------------------------------------
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)", r"百分之九十九点九(?![一二三四五六七八九])",
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b)", r"(?<![十\d])四个?小时", r"\bfour\s*-?\s*hours?\b",
    r"(?<![\d.])240\s*(?:分钟|minutes?)",
    r"(?<![\d.])0\.05(?!\d)", r"万分之五(?![十百千\d])", r"百分之零点零五",
    r"(?<![\d.])100" + PCT, r"百分之百", r"\bone\s*hundred\s*per\s*cent",
    r"(?<![\d.])30" + PCT, r"百分之三十(?![一二三四五六七八九])", r"三成", r"\bthirty\s*per\s*cent",
    r"(?<![\d.])12\s*-?\s*(?:个月|months?\b)", r"(?<![十\d])十二个月", r"\btwelve\s*-?\s*months?\b", r"一年",
    r"\bone\s*-?\s*years?\b",
    r"(?<![\d.])15" + PCT, r"百分之十五", r"\bfifteen\s*per\s*cent",
    r"(?<![\d.])40" + PCT, r"百分之四十", r"四成", r"\bforty\s*per\s*cent",
    r"(?<![\d.])5\s*(?:年|years?\b)", r"(?<![\d〇零一二三四五六七八九十])五年", r"\bfive\s*-?\s*years?\b",
    r"(?<![\d.])60\s*(?:个月|months?\b)", r"六十个月", r"\bsixty\s*months?\b",
]
THRESHOLD_RE = [re.compile(p, re.I) for p in THRESHOLD_PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "4 hours", "four hours", "240分钟", "0.05%", "万分之五", "100%",
            "100 per cent", "百分之百", "30%", "30 %", "百分之三十", "三成", "12个月", "12 个月", "十二个月", "12 months",
            "twelve months", "一年", "one year", "15%", "15 percent", "百分之十五", "40%", "四成", "百分之四十", "5年",
            "5 years", "五年", "five years", "60 months", "60个月"]
MUST_MISS = ["24小时", "24 hours", "二十四小时", "99.95%", "99.5%", "115%", "0.15%", "150%", "2025年", "万分之五十",
             "服务年度", "Subscription Year", "14 hours", "130%", "0.5%", "45%", "35%", "2015年", "1,000", "0.055",
             "万分之八", "35 per cent", "2005", "fifteen days", "二〇二五年", "125 hours", "36 months", "160%"]


def threshold_hits(text):
    hits = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in THRESHOLD_RE:
            for m in rx.finditer(form):
                hits.append((rx.pattern, form[max(0, m.start() - 15):m.end() + 15]))
    return hits


def self_test_scan():
    for s in MUST_HIT:
        assert threshold_hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


# ---------------------------------------------------------------------------------------------------------------------
# read back
# ---------------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        import pypdf
        return "\n".join(pg.extract_text() for pg in pypdf.PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(text, lang):
    if lang == "zh":
        return len(text), len(re.sub(r"\s", "", text))
    return len(text.split()), len([w for w in text.split() if re.search(r"\w", w)])


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test_scan()
    for key, src in SOURCES_ALL.items():
        assert not threshold_hits(src), (key, threshold_hits(src))

    pdf_docx = {k: v for k, v in SOURCES_ALL.items() if NAMES[k][0].endswith((".pdf", ".docx"))}
    targets = {k: (NAMES[k][0], NAMES[k][0].rsplit(".", 1)[1]) for k in pdf_docx}
    write(pdf_docx, targets, OUT, wrap_words=True)
    for key, src in SOURCES_ALL.items():
        if key not in pdf_docx:
            (OUT / NAMES[key][0]).write_text(src, encoding="utf-8")
            print("wrote", NAMES[key][0])

    covered = set()
    for key, (terms, extra, tco) in LABELS.items():
        name, lang, category = NAMES[key]
        t = dict(zip(TERM_KEYS, terms))
        assert len(terms) == len(TERM_KEYS)
        check_label_thresholds(key, t, extra, tco)
        rules = derive_rules(t, extra, tco)
        assert rules == sorted(DESIGN[key]), (key, rules, sorted(DESIGN[key]))
        covered |= set(rules)
        sla_clause, ld_stated, capped, deemed, value = extra
        ex = {"sla_clause": sla_clause, "ld_stated": ld_stated}
        if t["contract_kind"] == G:
            ex["post_warranty_fee_capped"] = capped
        ex["acceptance_deemed_on_delivery"] = deemed
        ex["contract_value"] = value
        label = {"file": name, "language": lang, "category": category, "expected_terms": t, "expected_extra": ex,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                             encoding="utf-8")
        text = read_back(OUT / name)
        hits = threshold_hits(text)
        assert not hits, (key, hits)
        n, n2 = measure(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (key, n)
        extra_info = ""
        if tco is not None:
            post, share = tco_share(value, tco)
            extra_info = " tco=%s share=%.2f%%" % (value + post, share)
        print("%s %-68s %s len=%d (%s) risk=%s rules=%s%s" % (key, name, lang, n, n2, risk_of(rules),
                                                            ",".join(r[3:] for r in rules) or "-", extra_info))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    mix = [k for k in LABELS if not DESIGN[k]]
    assert sorted(mix) == ["e03", "z01"]
    assert DESIGN["e01"] == ["CR-GOVERNING-LAW"] and risk_of(DESIGN["e01"]) == "low"
    assert all(2 <= len(DESIGN[k]) <= 3 for k in ["z02", "z03", "z04", "e02", "e04", "e05"])
    assert len(DESIGN["z05"]) >= 8
    print("all 20 rules covered")


if __name__ == "__main__":
    main()
