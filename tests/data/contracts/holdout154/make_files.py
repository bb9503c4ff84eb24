"""Builds the ten holdout154 contracts from the sources kept in this file.

.md and .txt files are written as they are; the two .docx (real Word price tables) and the two .pdf are built with
../word_pdf.py (PDF paragraphs broken at word boundaries, wrap_words=True). Run with /work/main/.venv/bin/python.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h154z01 — 市应急管理局 应急指挥综合平台 (政府采购 公开招标, buyer's paper), .docx, 第X条 + 1.1
# ---------------------------------------------------------------------------------------------------------------
H154Z01 = """
T:临江市应急指挥综合平台建设项目政府采购合同
P:合同编号：LJYJ-2025-017　　采购项目编号：LJCG-2025-GK-0417（公开招标）
P:采购人（甲方）：临江市应急管理局，地址：临江市滨江大道118号
P:供应商（乙方）：江城智联信息技术有限公司，地址：临江市高新区创业路66号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书以及双方确认的需求规格说明书均为本合同的组成部分，内容不一致的，以本合同条款为准。
H:第一条 项目内容
P:1.1 乙方负责临江市应急指挥综合平台的设备供货、软件许可、定制开发、系统集成、部署联调、培训以及质保期内的维护服务，实现市应急指挥中心与各区县分中心、现场指挥部之间的融合通信、视频会商、态势展示和预案调度。
P:1.2 定制开发内容包括“应急一张图”（风险隐患、救援队伍、物资储备、避难场所的分层展示与统计）和“预案管理与指挥调度”模块（预案数字化、响应流程、任务派发与反馈），具体功能以双方确认的需求规格说明书为准。
P:1.3 系统须与甲方既有的视频监控平台、气象预警信息系统、水文监测系统及省级应急指挥平台对接，接口规范由甲方提供，乙方负责开发和联调。
H:第二条 合同价格
P:2.1 本合同总价为人民币贰佰捌拾捌万元整（¥2,880,000），为含税全包价，包括设备、软件许可、定制开发、运输、安装、集成、培训、质保期内维护及全部税费。除本合同另有约定外，甲方不再支付其他任何费用。分项价格如下：
TB:序号|名称|规格及说明|数量|单价（元）|小计（元）
TB:1|融合通信调度服务器|双路服务器，含融合通信调度软件许可|2|186,000|372,000
TB:2|LED小间距显示大屏|P1.5，约18平方米，含拼接控制器|1|684,000|684,000
TB:3|视频会议终端|1080P，含摄像机及全向麦克风|12|23,500|282,000
TB:4|单兵图传终端|5G，含肩挂摄像机及充电座|20|8,600|172,000
TB:5|GIS平台软件许可|永久许可，2个节点|1|268,000|268,000
TB:—|软硬件小计|第1至5项| | |1,778,000
TB:6|应急一张图及预案管理模块定制开发|按需求规格说明书|1|736,000|736,000
TB:7|系统集成、部署与联调|含既有系统及省级平台接口|1|324,000|324,000
TB:8|培训|管理员及值班员，共三期|1|42,000|42,000
TB:合计| | | | |2,880,000
P:2.2 合同价格在合同履行期间固定不变，不因市场价格、汇率或乙方成本变化而调整。
H:第三条 付款方式
P:3.1 合同签订后10个工作日内，乙方提交等额有效发票和银行预付款保函，甲方支付合同总价的20%作为预付款，即¥576,000。
P:3.2 全部设备到货安装、系统部署完成并通过初验后，甲方支付合同总价的45%，即¥1,296,000。
P:3.3 系统试运行期满并通过最终验收后，甲方支付合同总价的35%，即¥1,008,000。
P:3.4 甲方通过国库集中支付方式付款。乙方应在签约时提交合同总价5%的履约保证金（可以银行保函形式提交），最终验收合格后10个工作日内无息退还。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后60日内完成全部设备到货，90日内完成系统部署、接口联调并提交初验申请。
P:4.2 乙方应派驻不少于6人的项目团队，项目经理须为投标文件所列人员，未经甲方书面同意不得更换。乙方每周向甲方提交项目周报。
P:4.3 设备到货时双方进行开箱清点并签署到货签收单；到货签收仅确认数量和外观，不构成验收。
P:4.4 甲方负责提供机房空间、电力、网络接入条件及既有系统的接口资料，并指定专人配合。
H:第五条 验收
P:5.1 初验标准：设备品牌、型号、数量与投标文件一致；大屏亮度、色温均匀性、拼缝达到招标技术参数；融合通信实现与350兆数字集群、公网对讲、固定电话、视频会议的互联互通；与视频监控、气象、水文及省级平台的接口连续5日正确交换数据。
P:5.2 初验合格后进入为期60日的试运行。最终验收标准为：需求规格说明书所列功能全部实现；在200个并发用户下主要页面响应时间不超过2秒；试运行期间未发生一级故障；系统通过具备资质的第三方机构进行的网络安全等级保护三级测评；竣工文档、源代码及操作手册移交完毕。
P:5.3 甲方在收到验收申请后10个工作日内组织验收并出具书面验收报告。验收不合格的，乙方应在15日内整改并重新申请验收，费用由乙方承担。系统上线运行、甲方使用系统或支付款项，均不视为验收合格。
H:第六条 质量保证与维护
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软硬件维修、更换、软件升级和现场技术支持，更换的设备不得低于原配置。
P:6.2 服务水平：平台核心功能（融合通信、视频会商、应急一张图）月可用率不低于99.95%。一级故障（指挥调度中断、大屏整体黑屏或视频会商中断）乙方须在15分钟内响应，2小时内到达现场，6小时内恢复；二级故障1小时内响应，8小时内恢复；其他故障在2个工作日内处理完毕。
P:6.3 乙方未达到前款响应或恢复时限的，每超时1小时向甲方支付1,000元违约金；月可用率每低于承诺值0.01个百分点，乙方支付2,000元。上述款项可从履约保证金或应付款项中扣除。
P:6.4 质保期满后，如甲方继续委托乙方提供维保服务，年度维保费不超过软硬件小计的8%，即每年不超过¥142,240；质保期满后前两年按此价格执行，不因任何原因上调。此后是否续签由双方另行书面约定，不自动续期。
H:第七条 知识产权
P:7.1 本项目定制开发的全部成果，包括“应急一张图”“预案管理与指挥调度”模块的源代码、数据库设计、接口程序、配置文件及技术文档，其著作权及其他知识产权自交付之日起归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
P:7.2 乙方在本项目前已拥有的平台软件及第三方软件的知识产权仍归原权利人所有，乙方保证甲方获得永久、不可撤销的使用许可，并保证甲方的使用不侵犯任何第三方的合法权利；因侵权引起的一切责任由乙方承担。
H:第八条 数据安全
P:8.1 本项目涉及的全部数据，包括应急预案、救援队伍及人员信息、物资储备、视频图像、位置轨迹及调度记录，均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得复制、留存、向任何第三方提供或用于其他目的。
P:8.2 乙方应按照网络安全等级保护三级要求实施系统。远程维护须经甲方逐次审批并通过堡垒机进行，全程留痕；乙方人员不得使用个人存储介质接入甲方网络。
P:8.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应立即采取补救措施，并在1小时内报告甲方。因乙方原因造成数据安全事件的，乙方承担全部责任，赔偿甲方因此遭受的全部损失，包括监管处罚及第三方索赔。
H:第九条 保密
P:9.1 乙方对履行合同过程中知悉的甲方工作秘密、应急预案、通信组网方案、系统口令及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
P:9.2 乙方应与参与本项目的全部人员签订保密承诺书，并对其人员的泄密行为承担责任。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成部署、验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:10.2 乙方交付的设备或系统不符合合同约定的，应负责更换或整改，并承担由此产生的全部费用；给甲方造成损失的，应予赔偿。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十一条 分包与转包
P:乙方不得转包本项目。LED大屏安装等非主体、非关键性工作确需分包的，须事先取得甲方书面同意，乙方就分包部分向甲方承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，或出现本合同第10.1条所列逾期情形的，甲方有权书面通知解除合同，并要求乙方返还已付款项、赔偿损失。
P:12.2 因不可抗力致使合同目的无法实现的，任何一方均可解除合同。
H:第十三条 适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，提交临江仲裁委员会仲裁。
H:第十四条 其他
P:本合同一式六份，甲方四份，乙方二份，经双方法定代表人或授权代表签字并加盖公章后生效。
P:甲方（盖章）：临江市应急管理局　　　　乙方（盖章）：江城智联信息技术有限公司
P:授权代表：　　　　　　　　　　　　　　授权代表：
P:日期：2025年　月　日　　　　　　　　　日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h154z02 — 光伏组件厂 EL缺陷检测系统 hardware supply + post-warranty maintenance, .txt, 一、/（一）/1.
# ---------------------------------------------------------------------------------------------------------------
H154Z02 = """光伏组件EL缺陷检测系统采购及维保合同

合同编号：JY-SB-2025-0236
甲方（买方）：皖南晶耀光伏科技有限公司
地址：安徽省宣城市经济技术开发区清流路9号
乙方（卖方）：苏州视衡智能装备有限公司
地址：江苏省苏州市吴中区木渎镇金枫南路1288号

甲乙双方经友好协商，就甲方采购光伏组件EL缺陷检测系统及相关维保服务事宜，订立本合同，共同遵守。

一、合同标的
（一）乙方向甲方供应光伏组件EL（电致发光）缺陷检测系统，用于甲方宣城基地3号车间A1至A6共6条组件生产线，包括层压前、层压后在线EL检测设备，AI缺陷识别软件许可，边缘计算服务器，并负责安装调试、与甲方MES系统对接和操作培训。
（二）系统应能识别隐裂、碎片、断栅、黑心、虚焊、混档等缺陷，检测结果实时上传MES系统，自动判定等级并锁定不合格组件。
（三）设备的技术参数以本合同附件一《技术规格书》为准。

二、合同价格
（一）合同总价为人民币肆佰肆拾捌万捌仟元整（¥4,488,000），含13%增值税、包装、运输、保险、安装调试、培训及质保期内的全部服务费用。
（二）分项价格如下：
1. 层压前在线EL检测设备（含红外相机、暗箱、传输机构）：6台×318,000元=1,908,000元；
2. 层压后在线EL检测设备：6台×296,000元=1,776,000元；
3. AI缺陷识别软件许可（永久许可，按产线计）：6套×58,000元=348,000元；
4. 边缘计算服务器：3台×64,000元=192,000元；
以上第1至4项为软硬件小计，共4,224,000元；
5. 安装调试及MES接口开发：236,000元；
6. 操作及维护培训：28,000元。

三、付款方式
（一）合同签订后7个工作日内，甲方支付合同总价的10%作为预付款，即448,800元。
（二）设备全部到货并安装完成后，甲方支付合同总价的50%，即2,244,000元。到货及安装完成不视为验收。
（三）最终验收合格后，甲方支付合同总价的35%，即1,570,800元。
（四）合同总价的5%即224,400元作为质量保证金，质保期满且无未了结质量问题的，甲方在15个工作日内无息支付。
（五）乙方应在每笔付款前开具等额增值税专用发票。

四、交货与安装
（一）乙方应于合同签订后75日内将全部设备运抵甲方宣城基地3号车间，并在到货后30日内完成全部安装调试。安装须按甲方生产排程分线进行，每条产线停线时间不得超过36小时。
（二）设备到货时双方共同开箱清点，签署到货清单。到货清单仅证明设备数量和外观，不证明设备质量合格。
（三）设备毁损、灭失的风险自最终验收合格之日起转移给甲方。
（四）设备包装应适合长途运输和多次装卸，外包装标明甲方合同编号、产线编号和吊装标识；随机提供装箱单、合格证、出厂检验报告、操作手册及备品备件清单。

五、验收
（一）每条产线安装调试完成后，双方按以下标准逐线测试：
1. 以甲方提供的2,000片已标注样本组件进行测试，隐裂、碎片、断栅等A类缺陷漏检率不高于0.2%，误判率不高于1.5%；
2. 检测节拍不大于8秒/片，不影响产线设计产能；
3. 连续72小时满负荷运行无停机故障；
4. 检测结果、EL图像与MES数据一致，不合格组件实现自动锁定。
（二）六条产线全部通过上述测试并连续稳定运行30日后，双方签署最终验收报告。任何一项不合格的，乙方应在10日内整改并重新测试，费用由乙方承担。甲方使用设备进行生产不视为验收合格。

六、质量保证
（一）质保期为十八个月，自最终验收合格之日起计算。质保期内因设备或软件质量问题产生的维修、更换、升级均由乙方免费提供，红外相机、光源等核心部件的更换不收取任何费用。
（二）服务水平：一级故障（整条产线EL检测停止，或误判导致批量锁定）乙方应在30分钟内远程响应，8小时内到达现场，24小时内修复或提供备机；二级故障（单台设备性能下降、部分缺陷类型识别异常）2小时内响应，48小时内修复。
（三）乙方每超过上述时限1小时，向甲方支付违约金800元，甲方可从质量保证金或维保费中扣除。
（四）质保期内乙方每季度对全部设备进行一次现场巡检和校准，出具巡检报告，并在宣城基地存放不少于2套相机和光源备件。

七、质保期满后的维保服务
（一）质保期满后，乙方继续为本合同设备和软件提供维保服务，内容包括每季度校准、软件升级、核心部件（红外相机、光源、传输皮带）备件更换，以及本合同第六条第（二）项规定的服务水平。
（二）维保服务年费按软硬件小计的23%计算，即每年971,520元，在每个维保年度开始后30日内支付；不足一年的按月折算。维保期内年费不作调整。
（三）维保服务期限自质保期满之日起至设备停用之日止。甲方可提前90日书面通知乙方终止维保服务。

八、知识产权
（一）AI缺陷识别软件及设备内嵌软件的知识产权归乙方所有，甲方获得永久、不可转让的使用许可，许可范围为本合同所列产线。
（二）乙方为本项目开发的MES接口程序、缺陷判定规则、以甲方样本训练形成的缺陷识别模型参数及相关文档归甲方所有，乙方应交付接口程序源代码；甲方可自行或委托第三方使用、修改。
（三）乙方保证所供设备和软件不侵犯第三方知识产权，因侵权引起的责任由乙方承担。

九、数据安全
（一）EL图像、检测结果、产线节拍及其他生产数据均属于甲方所有。乙方不得复制或带离甲方厂区，不得用于训练为其他客户提供的模型，也不得用于其他任何目的。
（二）检测系统部署在甲方内网。乙方远程维护须经甲方信息部门逐次审批，并通过甲方提供的VPN和堡垒机进行；乙方应落实访问控制、日志审计和防病毒措施，不得在设备中留存后门或远程控制程序。
（三）发生数据泄露、系统被入侵等安全事件的，乙方应在2小时内通知甲方并配合处置；因乙方原因导致的，乙方赔偿甲方全部损失。

十、保密
双方对在履行本合同中获知的对方技术资料、工艺参数、产能、价格及其他商业秘密承担保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后三年内有效。

十一、违约责任
（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金总额不超过合同总价的5%。
（二）设备经两次整改仍不能通过验收的，甲方有权退货并解除合同，乙方应返还已收款项并赔偿甲方损失。
（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

十二、分包
乙方不得转包本合同。设备吊装等辅助工作确需分包的，须事先征得甲方书面同意，乙方对分包人的行为承担全部责任。

十三、合同解除
乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。

十四、适用法律与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交芜湖仲裁委员会仲裁。

十五、其他
本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一《技术规格书》、附件二《样本测试方案》为本合同不可分割的组成部分。

甲方（盖章）：皖南晶耀光伏科技有限公司　　　乙方（盖章）：苏州视衡智能装备有限公司
授权代表：　　　　　　　　　　　　　　　　　授权代表：
日期：　　年　月　日　　　　　　　　　　　　日期：　　年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h154z03 — 瑜伽连锁 约课与会员 SaaS, three years + 实施, .md, Markdown headings "## N." + N.1
# ---------------------------------------------------------------------------------------------------------------
H154Z03 = """# 莲息瑜伽约课与会员管理系统SaaS服务合同

合同编号：LX-IT-2025-009

- 甲方（客户）：成都莲息瑜伽健身管理有限公司，地址：成都市锦江区东大街紫东楼段35号
- 乙方（服务商）：杭州约动云科技有限公司，地址：杭州市西湖区文三路478号

甲乙双方就乙方向甲方提供约课与会员管理SaaS服务及实施服务事宜，经协商一致，订立本合同。

## 1. 服务内容

1.1 乙方通过其“约动云”SaaS平台向甲方及其在成都、重庆、绵阳的26家门店提供约课与会员管理服务，包括：团课、私教及小班课的排课与约课；会员卡、课包及储值管理；前台签到与扣课；教练排班与课时统计；微信小程序会员端；营销券与转介绍；总部经营报表。

1.2 乙方负责实施：将甲方现有系统中约3.8万名会员的档案、会员卡、剩余课时及储值余额迁移至平台；按甲方VI定制小程序页面；配置26家门店的课程、场地、教练和价格体系；对店长及前台人员进行培训。

1.3 服务期为三年，自双方签署上线验收确认书之日起计算。

## 2. 费用

2.1 本合同总价为人民币550,400元，明细如下：

| 项目 | 数量 | 单价 | 年费用（元） | 三年合计（元） |
|---|---|---|---|---|
| 门店版订阅 | 26家门店 | 4,800元/店/年 | 124,800 | 374,400 |
| 总部管理端订阅 | 1套 | 36,000元/年 | 36,000 | 108,000 |
| 订阅费小计 | | | 160,800 | 482,400 |
| 实施费（数据迁移、小程序定制、配置、培训） | 1项 | 一次性 | — | 68,000 |
| 合同总价 | | | | 550,400 |

2.2 以上价格含6%增值税、云资源、标准版本升级及每月不超过6万条的短信通知。超出部分的短信按每条0.045元据实结算，不计入合同总价。

## 3. 付款

3.1 订阅费按季度结算。每季度结束后10个工作日内，乙方开具发票，甲方支付当季订阅费40,200元。本合同不设预付款。

3.2 实施费在上线验收合格后15个工作日内一次性支付。

## 4. 实施与上线验收

4.1 乙方应在合同签订后45日内完成数据迁移、配置和小程序上线，并提交上线验收申请。

4.2 上线验收标准：

1. 会员档案、会员卡、剩余课时及储值余额与甲方旧系统导出数据逐条核对一致，差异为零；
2. 约课、排队候补、签到、扣课、退课、转卡等52个测试用例全部通过；
3. 小程序通过微信审核并正式发布；
4. 在500名会员同时约课的压力测试下，约课操作响应时间不超过2秒；
5. 3家试点门店连续试运行7日无一级故障。

4.3 甲方在收到申请后5个工作日内组织验收并签署上线验收确认书。验收不合格的，乙方应在7日内整改后重新提交。门店开始使用系统不视为验收合格。

4.4 乙方逾期上线的，每逾期一日向甲方支付违约金500元。

## 5. 服务水平

5.1 平台月可用率不低于99.95%，计划维护须提前72小时通知，且只能安排在每日0:00至6:00之间，计划维护时间不计入不可用时间。

5.2 一级故障（会员无法约课、门店无法签到或扣课）乙方应在15分钟内响应，2小时内恢复；二级故障（报表、营销等功能异常）1小时内响应，8小时内恢复；其他问题在3个工作日内答复。

5.3 月可用率未达到承诺值的，乙方按当月订阅费的5%给予服务抵扣；当月不可用时间累计超过8小时的，抵扣当月订阅费的10%。一级故障恢复每超时1小时，另抵扣当月订阅费的1%。抵扣从下一期应付订阅费中扣除。

## 6. 数据与安全

6.1 甲方及其会员通过平台产生的会员个人信息、约课记录、消费及储值记录等数据（“甲方数据”）归甲方所有。

6.2 乙方应依照《个人信息保护法》《数据安全法》处理甲方数据：平台已通过网络安全等级保护三级备案，数据存储于中国境内，敏感个人信息加密存储，运维人员按最小权限访问并留存操作日志。

6.3 发生或可能发生甲方数据泄露、篡改、丢失的，乙方应在24小时内书面通知甲方，立即采取补救措施，并承担因其原因给甲方造成的损失，包括甲方向会员承担的赔偿及监管罚款。

6.4 甲方同意，乙方可在服务期内及服务期满后，将甲方数据经去标识化处理后形成的约课、消费及课程偏好统计数据，用于乙方的产品优化、行业研究报告及向其他客户提供的经营对标分析。

6.5 服务期满或合同解除后30日内，乙方应按甲方要求以通用格式返还全部甲方数据，并在返还后删除其存储的副本（第6.4条所述统计数据除外）。

## 7. 知识产权

7.1 “约动云”平台及其标准功能的知识产权归乙方所有。

7.2 乙方为甲方定制的小程序页面设计、数据迁移脚本、报表模板及配置文档，知识产权归甲方所有，甲方可自由使用、修改并交由第三方使用；平台的标准组件不在此限。

## 8. 保密

双方对履行本合同过程中获知的对方商业秘密和未公开信息（包括甲方的会员规模、定价策略、门店经营数据，以及乙方的产品规划和报价）负有保密义务，未经对方书面同意不得向任何第三方披露。本条在合同终止后三年内继续有效。

## 9. 双方的其他义务

9.1 乙方应为甲方配备专属客户成功经理和实施顾问，提供7×24小时电话及在线客服；平台版本升级应提前7日通知甲方，升级不得导致已有功能缺失或数据丢失。

9.2 甲方应按乙方要求提供旧系统数据导出文件、门店及课程资料，指定总部项目负责人，并组织门店人员参加培训。甲方应妥善保管其管理员账号，因甲方泄露账号造成的损失由甲方自行承担。

## 10. 责任限制

乙方在本合同项下的累计赔偿责任以合同总价的两倍为限；但因乙方违反第6条或第8条造成的损失、人身伤害以及乙方故意或重大过失造成的损失，不受此限。

## 11. 分包

乙方不得将实施或运维工作分包给第三方，但经甲方事先书面同意的除外。平台所使用的云基础设施服务商（阿里云）已在签约时经甲方确认。

## 12. 续订与价格调整

12.1 服务期满前60日，任何一方未书面提出不续订的，本合同自动续订一年，此后亦同。

12.2 每次续订时，乙方有权在提前30日书面通知甲方后上调订阅费，上调幅度不超过上一服务年度费用的10%。

## 13. 合同解除

13.1 一方严重违约，经另一方书面通知后15日内仍未纠正的，守约方有权解除合同。

13.2 平台连续两个月可用率低于承诺值，或一个月内发生三次以上一级故障的，甲方有权解除合同，乙方退还已付未使用期间的费用。

13.3 合同解除或终止后，乙方应按第6.5条返还数据，并配合甲方完成向新系统的迁移。

## 14. 不可抗力

因地震、疫情、政府行为或基础电信网络故障等不可抗力导致一方不能履行合同的，受影响方应及时通知对方并提供证明，在受影响范围内免除责任；但乙方不得以其自身或云服务商的一般技术故障主张不可抗力。

## 15. 适用法律与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交成都仲裁委员会仲裁。

## 16. 其他

本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：成都莲息瑜伽健身管理有限公司　　　乙方（盖章）：杭州约动云科技有限公司

日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h154z04 — 市博物馆 藏品管理系统 annual O&M (政府采购 竞争性磋商), .pdf, 第X条 + （一）
# ---------------------------------------------------------------------------------------------------------------
H154Z04 = """
T:江州市博物馆藏品管理系统年度运维服务合同
P:采购方式：竞争性磋商　　项目编号：JZCG-2025-CS-0086　　合同编号：JZBWG-YW-2026-01
P:甲方（采购人）：江州市博物馆，地址：江州市文华路1号
P:乙方（成交供应商）：江州文博数字科技有限公司，地址：江州市高新区科技路21号
P:依据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目磋商文件、乙方响应文件及成交通知书，甲乙双方经协商一致，订立本合同。磋商文件、响应文件及成交通知书为本合同的组成部分。
H:第一条 服务范围
P:（一）运维对象：甲方藏品管理系统（含藏品总账、编目著录、出入库管理、影像资源库、库房环境监测接口）及其运行所依赖的3台应用服务器、2台数据库服务器、1套存储和相关网络设备。
P:（二）服务内容：1.驻场运维：派驻1名工程师在甲方工作日驻场，负责日常监控、账号权限管理和用户支持；2.系统巡检与性能优化：每月进行一次全面巡检并出具巡检报告；3.数据备份与恢复：每日增量备份、每周全量备份，每半年进行一次恢复演练；4.安全加固：配合甲方完成等级保护测评整改、漏洞修复和补丁管理；5.藏品数据质检：对年度新增及修订的著录数据按《馆藏文物登录规范》进行质检，抽检比例不低于10%，并出具质检报告。
P:（三）服务期：2026年1月1日至2026年12月31日。
H:第二条 服务费用
P:（一）合同总价为人民币肆拾贰万贰仟元整（¥422,000），为固定总价，包括人工、差旅、工具、耗材及全部税费，不含硬件更换费用。
P:（二）分项价格：驻场运维服务222,000元；系统巡检与性能优化48,000元；数据备份与恢复演练36,000元；安全加固及等保测评配合54,000元；藏品数据质检62,000元。
H:第三条 付款方式
P:（一）本合同不设预付款。服务费按季度支付，每季度结束且季度考核合格后15个工作日内，甲方支付当季服务费105,500元。
P:（二）季度考核得分低于90分的，按第九条规定扣减后支付。
P:（三）第四季度服务费在年度验收合格后支付。
H:第四条 服务水平
P:（一）藏品管理系统在开馆时间（周二至周日8:30至17:30）内的月可用率不低于99.95%。
P:（二）故障分级及处理时限：一级故障（系统整体不可用、数据库故障或出入库业务中断），乙方应在15分钟内响应，1小时内到场处置，6小时内恢复；二级故障（部分功能异常、影像库访问缓慢），30分钟内响应，1个工作日内解决；三级故障（一般咨询和非紧急需求），2个工作日内解决。
P:（三）每月5日前，乙方提交上月运维报告，内容包括故障处理、巡检结果、备份情况和改进建议。
P:（四）在博物馆重大展览、藏品集中出入库、文物普查等重点保障期间，乙方应根据甲方通知增派工程师到场值守，增派人员费用已包含在合同总价内，全年不超过20人日。
H:第五条 考核与验收
P:（一）甲方按季度对乙方进行考核，考核指标包括系统可用率、故障响应及恢复时限、巡检和报告的及时性、备份成功率及用户满意度，满分100分。
P:（二）服务期满后10个工作日内，甲方组织年度验收。验收标准为：四个季度考核均不低于90分；全年未发生因乙方原因导致的数据丢失；两次恢复演练均在8小时内完成全部数据恢复且校验一致；运维文档、账号清单、配置基线和全部脚本已完整移交。
P:（三）年度验收以甲方出具的书面验收报告为准。甲方接受服务或支付季度服务费，均不视为年度验收合格。
H:第六条 人员与交接
P:（一）乙方驻场工程师应具有三年以上数据库或系统运维经验，持有相应职业资格证书，名单及资格证明作为响应文件的组成部分。驻场工程师未经甲方书面同意不得更换；确需更换的，接替人员的资历不得低于原人员，并应完成不少于5个工作日的交接。
P:（二）乙方应在服务期开始后10个工作日内，与上一服务商完成系统、账号、文档和备份介质的接收，并书面确认系统现状；发现的问题应及时报告甲方。
P:（三）甲方负责提供驻场办公场所、网络接入和必要的系统账号，并指定信息中心专人作为联系人，协调藏品部、保管部等业务部门配合乙方工作。
H:第七条 数据安全
P:（一）藏品管理系统中的全部数据，包括藏品信息、未公开的考古及征集资料、影像、库房位置和安防相关信息，均属于甲方所有。乙方仅可为履行本合同接触上述数据，不得复制、下载、截取或向任何第三方提供。
P:（二）乙方人员须通过甲方堡垒机进行操作，禁止使用个人设备和移动存储介质；未经甲方书面批准，不得进行远程运维。乙方应遵守甲方数据分类分级和网络安全管理制度。
P:（三）发生数据泄露、丢失或系统被入侵的，乙方应立即处置并在2小时内报告甲方；因乙方原因造成的，乙方承担全部赔偿责任和相应的法律责任。
H:第八条 保密
P:乙方及其人员对在服务过程中知悉的藏品信息、库房布局、安防措施及甲方其他未公开信息负有保密义务，不得以任何方式对外披露；乙方驻场人员须签署保密承诺书。保密义务不因本合同终止而解除。
H:第九条 违约责任
P:（一）乙方未按时进场，或未按本合同约定时间完成巡检报告、恢复演练、等保整改等任务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:（二）一级故障响应或恢复每超时1小时，扣减当季服务费500元；月可用率低于承诺值的，每低0.01个百分点扣减当季服务费300元；季度考核低于90分的，每低1分扣减当季服务费的1%。
P:（三）因乙方原因造成数据丢失或藏品信息泄露的，乙方除承担第七条规定的责任外，甲方有权解除合同。
H:第十条 知识产权
P:运维过程中形成的文档、脚本、配置基线、优化代码和报告，知识产权归甲方所有，甲方可自由使用和修改，并可交由后续服务商使用。
H:第十一条 转包与分包
P:乙方不得转包或分包本合同项下的任何服务。
H:第十二条 合同解除
P:（一）乙方严重违约，经甲方书面通知后10日内仍未改正的，或连续两个季度考核低于80分的，甲方有权解除合同，并按实际服务期间结算费用。
P:（二）合同解除或终止后，乙方应在5个工作日内完成全部文档、账号和数据的移交，并协助新服务商完成交接。
P:（三）服务期满前30日，乙方应向甲方提交年度运维总结，内容包括系统运行情况、故障统计分析、安全风险评估和下一年度的运维建议，并配合甲方完成新服务商的交接准备。
H:第十三条 合同期限
P:本合同于服务期满后终止，不自动续期。需要继续采购服务的，由甲方依法另行组织采购。
H:第十四条 不可抗力
P:因自然灾害、疫情、政府行为等不可抗力导致一方不能履行本合同的，受影响方应在3日内通知对方并提供证明，在受影响范围内部分或全部免除责任；双方应协商采取措施减少损失。
H:第十五条 适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:本合同一式五份，甲方三份，乙方一份，政府采购监督管理部门备案一份，自双方签字盖章之日起生效。
P:甲方（盖章）：江州市博物馆　　　　　　乙方（盖章）：江州文博数字科技有限公司
P:日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h154z05 — 月饼厂 QMS licence + custom development, supplier's own template, .md, "## 第X条" + X.1
# ---------------------------------------------------------------------------------------------------------------
H154Z05 = """# 品衡QMS质量管理软件许可及实施合同

（乙方标准合同文本 V3.0）

合同编号：PH-QMS-2025-0312

**甲方（用户）**：广东禾月食品有限公司（月饼及烘焙食品生产）
地址：广东省佛山市顺德区容桂街道食品工业园8号

**乙方（许可方）**：深圳品衡软件有限公司
地址：深圳市南山区粤海街道科技南十二路18号

鉴于甲方拟采购质量管理软件，用于月饼及烘焙食品生产全过程的质量控制和追溯，乙方同意按本合同约定向甲方提供软件许可、定制开发及实施服务，双方经协商一致，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方授予“品衡QMS”质量管理软件的使用许可（永久许可，50个并发用户），并根据甲方需求进行定制开发和实施。

1.2 定制开发内容：（1）月饼馅料及饼皮生产的HACCP关键控制点监控（炒馅温度、烘烤温度、冷却时间、金属探测）；（2）原辅料（莲蓉、咸蛋黄、面粉、油脂、包装材料）批次追溯和供应商来料检验；（3）与甲方在线称重系统、金属探测仪和ERP系统的数据对接；（4）中秋旺季产能与质量日报。

1.3 实施内容：软件安装部署、基础数据初始化、业务流程配置、用户培训。

## 第二条 合同价格

2.1 合同总价为人民币玖拾陆万元整（¥960,000），明细如下：

| 项目 | 金额（元） |
|---|---|
| 品衡QMS软件许可（永久，50并发用户） | 486,000 |
| 定制开发 | 372,000 |
| 实施部署 | 84,000 |
| 培训 | 18,000 |
| 合计 | 960,000 |

2.2 上述价格不含服务器硬件、数据库及操作系统许可，由甲方自行采购并按乙方要求配置运行环境。

2.3 上述价格包含乙方实施人员在甲方佛山工厂的差旅费用，但以累计不超过60人日为限；超出部分按每人日2,800元另行结算。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的45%，即432,000元。

3.2 系统上线后7个工作日内，甲方支付合同总价的45%，即432,000元。

3.3 系统上线满三个月后7个工作日内，甲方支付合同总价的10%，即96,000元。

3.4 甲方逾期付款的，每逾期一日按应付未付金额的千分之一支付违约金，乙方并有权暂停实施或服务，工期相应顺延。

## 第四条 实施周期

4.1 乙方在收到首期款且甲方提供完整需求资料后90日内完成部署上线。因甲方资料提供、场地、硬件环境或人员配合等原因导致延误的，工期相应顺延。

4.2 乙方原因导致延期上线的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

4.3 甲方应指定项目负责人，在乙方提出需求确认、数据准备等配合事项后3个工作日内答复，逾期视为确认。

4.4 甲方应在乙方进场前完成以下准备工作：按乙方《运行环境要求》采购并安装服务器、数据库和操作系统；提供车间网络接入及与称重系统、金属探测仪、ERP系统对接所需的接口文档和测试账号；整理物料编码、供应商名录、检验标准及HACCP计划等基础资料。甲方准备工作未完成的，乙方可暂停实施，工期相应顺延。

4.5 乙方交付物包括：安装介质、用户手册、系统管理员手册、培训课件。定制开发的源代码不属于交付物。

## 第五条 上线与验收

5.1 乙方完成部署并书面通知甲方后，系统即上线运行。

5.2 系统上线运行之日即视为甲方验收合格。甲方在上线后5日内未提出书面异议，或已在生产中使用系统的，视为对系统全部功能的认可。

5.3 上线后甲方提出的功能调整，属于新增需求，乙方可另行报价。

## 第六条 免费维护

6.1 乙方自系统上线之日起提供六个月的免费维护服务，包括缺陷修复和远程技术支持。

6.2 故障分级：一级故障（系统无法登录或核心业务无法使用），乙方在接到报修后8小时内响应，3个工作日内解决；二级故障，2个工作日内响应；其他问题在后续版本中统筹解决。

6.3 上述时限为乙方的服务目标。乙方未能在上述时限内响应或解决的，不承担扣款、赔偿或违约金责任。

6.4 免费维护不包括因甲方硬件、网络、操作不当或第三方软件引起的问题，也不包括新增需求。

## 第七条 维护服务

7.1 免费维护期满后，甲方如需继续获得维护和升级服务，应与乙方另行签订年度维护合同，维护费按乙方届时有效的维护服务价格标准计收。

7.2 未签订年度维护合同的，乙方不再提供缺陷修复、法规适配及版本升级服务。

## 第八条 知识产权

8.1 品衡QMS软件及其文档的知识产权归乙方所有。

8.2 乙方在本合同项下为甲方定制开发的功能模块、接口程序、报表及其源代码和技术文档，知识产权均归乙方所有。甲方获得在其内部经营范围内非独占、不可转让的使用权，不得修改、反编译，不得交由第三方使用或维护。

8.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

## 第九条 数据

9.1 甲方在使用系统过程中录入和产生的生产、检验、供应商及追溯数据归甲方所有。

9.2 乙方在远程维护过程中接触甲方数据的，应采取访问控制、传输加密和操作日志等安全措施，不得向第三方泄露。因乙方故意或重大过失导致甲方数据泄露的，乙方应在知悉后48小时内通知甲方，并承担相应的赔偿责任。

9.3 甲方同意乙方将甲方数据进行脱敏处理后，用于乙方产品改进、质量模型训练及食品行业质量基准分析，该等脱敏数据及分析成果归乙方所有。

## 第十条 保密

双方对在合作中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内有效。

## 第十一条 责任限制

11.1 乙方对本合同项下一切损失的累计赔偿责任（含违约金）不超过合同总价的25%。

11.2 乙方不对甲方的间接损失、利润损失、产品召回费用及商誉损失承担责任。

11.3 甲方应自行做好业务数据的日常备份。因甲方未备份或备份不完整导致的数据损失，乙方不承担责任。甲方对系统输出的检验结论负有复核义务，乙方不对依据系统结论作出的放行决定承担责任。

## 第十二条 合同解除

任何一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权解除合同。甲方无正当理由单方解除合同的，已支付款项不予退还。

## 第十三条 培训

13.1 乙方为甲方提供两期培训：系统管理员培训（不超过5人，2天）和最终用户培训（不超过40人，3天），培训在甲方工厂进行。

13.2 甲方因人员变动需要增加培训的，按乙方培训收费标准另行支付费用。

## 第十四条 不可抗力

因不可抗力致使一方不能履行合同的，受影响方应及时通知对方，并在不可抗力影响范围内免除责任。网络攻击、病毒以及第三方软件缺陷导致的系统故障，视为不可抗力。

## 第十五条 适用法律与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，由乙方所在地（深圳市南山区）人民法院管辖。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效。

16.2 本合同为乙方标准文本，未经乙方法务部门书面确认的手写修改无效。

甲方（盖章）：　　　　　　　　　　乙方（盖章）：深圳品衡软件有限公司

日期：　　年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h154e01 — Jingdezhen porcelain maker, glaze-recipe software perpetual licence + configuration + support;
#           vendor on Inishvickillane (Irish style, "Clause N"), .txt
# ---------------------------------------------------------------------------------------------------------------
H154E01 = """SOFTWARE LICENCE, CONFIGURATION AND SUPPORT AGREEMENT

THIS AGREEMENT is dated the ____ day of ______________ 2025

BETWEEN:

(1) BLASKET KILN SOFTWARE LIMITED, a private company limited by shares incorporated in Ireland (company number 704512), whose registered office is at The Old Schoolhouse, Inishvickillane, Blasket Islands, Co. Kerry, Ireland (the "Licensor"); and

(2) JINGDEZHEN QINGYUN PORCELAIN CO., LTD., a company incorporated in the People's Republic of China, whose registered address is at No. 88 Taoxi Road, Zhushan District, Jingdezhen, Jiangxi Province (the "Customer").

BACKGROUND

(A) The Licensor develops and licenses GlazeLedger, a software system for the formulation, costing, batching and firing control of ceramic glazes.

(B) The Customer, a maker of blue-and-white and celadon porcelain, wishes to license, configure and receive support for GlazeLedger.

(C) At the Customer's request all amounts in this Agreement are stated and payable in Chinese Yuan (CNY).

IT IS AGREED as follows:

Clause 1 - Definitions and Interpretation

1.1 In this Agreement: "Business Day" means a day other than a Saturday, Sunday or public holiday in the People's Republic of China; "Customer Data" means all recipes, formulations, raw-material analyses, firing curves, colour measurements and production records of the Customer held in the Software; "Deliverables" means all items produced by the Licensor specifically for the Customer, including recipe templates, import scripts, interfaces, reports and documentation; "Go-Live" means the first use of the Software in production at the Customer's Zhushan works; and "Software" means GlazeLedger Enterprise version 7 with its Formulation, Batching and Firing modules and all updates supplied under this Agreement.

Clause 2 - Licence

2.1 In consideration of the Licence Fee, the Licensor grants to the Customer a perpetual, non-exclusive and irrevocable licence to install and use the Software for 40 named users on the Customer's servers in Jingdezhen, and on one standby server, for the Customer's own business.

Clause 3 - Configuration Services

3.1 The Licensor shall: (a) install the Software on the Customer's servers; (b) migrate the Customer's library of about 6,800 glaze recipes and its raw-material database of 214 materials with their oxide analyses; (c) configure firing-curve templates for the Customer's fourteen gas and electric kilns and an interface that exports curves to the kiln controllers; (d) build interfaces to the two spectrophotometers used for colour matching; (e) configure the cost and batch reports listed in Schedule 2 in Chinese and English; and (f) train the Customer's glaze-laboratory and kiln staff.

3.2 The Licensor shall achieve Go-Live within 100 days after the date of this Agreement and shall submit the Software for the Acceptance Tests within 20 Business Days after Go-Live.

Clause 4 - Price and Payment

4.1 The Contract Price is CNY 1,640,000, made up of the Licence Fee of CNY 1,186,000, the Configuration Services fee of CNY 418,000 and the training fee of CNY 36,000. The Contract Price is fixed and includes all taxes, travel and expenses.

4.2 The Customer shall pay: (a) 20% of the Contract Price (CNY 328,000) within 15 Business Days after signature of this Agreement, against the Licensor's invoice; (b) 45% (CNY 738,000) within 15 Business Days after Go-Live; and (c) 35% (CNY 574,000) within 15 Business Days after Final Acceptance.

4.3 Payments shall be made by bank transfer in CNY to the account stated on the Licensor's invoice.

Clause 5 - Acceptance

5.1 The Acceptance Tests shall show that: (a) every migrated recipe reconciles with the Customer's source records, with zero variance in batch weights and in calculated oxide percentages to two decimal places; (b) firing curves are exported correctly to all fourteen kiln controllers and a test firing of each kiln follows the exported curve within 5 degrees Celsius; (c) spectrophotometer readings are imported with a colour difference of no more than Delta E 0.5 against the instrument's own software; (d) all reports in Schedule 2 run correctly; and (e) the Software has run in production for 20 consecutive Business Days after Go-Live without a Severity 1 defect.

5.2 The Licensor shall correct any failure and repeat the test at its own cost within 10 Business Days.

5.3 Go-Live, the use of the Software in production and any payment made before Final Acceptance shall not constitute acceptance.

5.4 When all Acceptance Tests have been passed, the Customer shall issue a final acceptance certificate ("Final Acceptance") within five Business Days.

Clause 6 - Delay

6.1 If Go-Live or Final Acceptance is delayed beyond the dates in Clause 3.2 for reasons attributable to the Licensor, the Licensor shall pay liquidated damages of CNY 1,800 for each day of delay, up to a maximum of 10% of the Contract Price, as a genuine pre-estimate of loss.

6.2 If the delay exceeds 60 days, the Customer may also terminate this Agreement under Clause 15.

Clause 7 - Warranty

7.1 The Licensor warrants that for 18 months after Final Acceptance (the "Warranty Period") the Software and the Deliverables will perform materially in accordance with their documentation and Schedule 2. During the Warranty Period the Licensor shall correct any defect, supply all updates and provide the support described in Clause 8 free of charge.

Clause 8 - Support and Service Levels

8.1 Support is available from 08:00 to 20:00 Beijing time on Business Days, and at all times for Severity 1 defects.

8.2 A Severity 1 defect (the Software is unavailable, or batching or firing cannot proceed) shall receive a response within 2 hours, a workaround within 8 hours and a fix within 3 Business Days. A Severity 2 defect shall receive a response within one Business Day and a fix within 10 Business Days. Severity 3 defects are fixed in the next scheduled release.

8.3 For each hour by which a Severity 1 response or workaround is late, the Licensor shall credit the Customer CNY 1,000, and for each Business Day by which a Severity 2 fix is late, CNY 500. Credits are deducted from the next amount due to the Licensor or, if none is due, paid to the Customer.

8.4 After the Warranty Period the Customer may buy Annual Support at an Annual Support Fee of 11% of the Licence Fee, that is CNY 130,460 per year. The fee is fixed for the first three years after the Warranty Period; any later change shall be agreed in writing and shall not exceed 3% per year. Annual Support is ordered by purchase order each year and does not renew automatically.

Clause 9 - Intellectual Property

9.1 The Software and the Licensor's pre-existing materials remain the property of the Licensor.

9.2 All intellectual property rights in the Deliverables vest in the Customer on their creation. The Licensor shall deliver their source code and documentation, and the Customer may use, modify and license the Deliverables freely, including through third parties.

9.3 The Licensor shall indemnify the Customer against third-party infringement claims.

Clause 10 - Customer Data and Security

10.1 Customer Data, and in particular the Customer's glaze recipes, which are its trade secrets, belong to the Customer. The Licensor shall process Customer Data only to perform this Agreement and shall not copy, retain, analyse or use it for any other purpose, including product development or benchmarking.

10.2 The Software is installed on the Customer's own servers in Jingdezhen. The Licensor shall access them only through the Customer's VPN with multi-factor authentication, for sessions approved in advance by the Customer, shall keep a log of every session and shall not transfer Customer Data outside the Customer's systems. The Licensor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

10.3 The Licensor shall notify the Customer within 24 hours of becoming aware of any unauthorised access to, or loss of, Customer Data, shall take all steps necessary to contain it, and shall be liable for all loss the Customer suffers from a breach of this Clause 10.

Clause 11 - Confidentiality

11.1 Each party shall keep confidential all information of the other party received under this Agreement, including the Customer's production volumes and prices and the Licensor's source code, and shall not disclose it to any third party without prior written consent.

11.2 This Clause 11 continues for five years after termination or expiry of this Agreement.

Clause 12 - Liability

12.1 Subject to Clause 12.2, each party's total liability under or in connection with this Agreement is limited to 150% of the Contract Price.

12.2 The limit does not apply to breach of Clause 10 or 11, the indemnity in Clause 9.3, personal injury or fraud.

Clause 13 - Subcontracting and Assignment

13.1 The Licensor shall not subcontract any of its obligations under this Agreement without the Customer's prior written consent, and remains responsible for the acts and omissions of any approved subcontractor.

Clause 14 - Force Majeure

Neither party is liable for a failure caused by events beyond its reasonable control, provided it notifies the other party promptly.

Clause 15 - Termination

15.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice requiring it to do so. The Customer may also terminate under Clause 6.2.

15.2 If the Customer terminates before Final Acceptance because of the Licensor's breach, the Licensor shall refund all amounts paid.

Clause 16 - Governing Law and Arbitration

16.1 This Agreement and any non-contractual obligations arising out of or in connection with it are governed by the laws of Ireland.

16.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration in Dublin under the UNCITRAL Arbitration Rules, by a sole arbitrator, in English.

Clause 17 - General

17.1 This Agreement is the entire agreement between the parties and may be amended only in writing signed by both parties.

SCHEDULE 1 - Prices (CNY)

Licence Fee (40 named users, perpetual): 1,186,000; Configuration Services: 418,000; training: 36,000; Contract Price: 1,640,000.

SCHEDULE 2 - Reports

Batch sheet; glaze cost per kilogram; raw-material usage; firing log; colour-match history.

SIGNED by ______________________ for and on behalf of BLASKET KILN SOFTWARE LIMITED

SIGNED by ______________________ for and on behalf of JINGDEZHEN QINGYUN PORCELAIN CO., LTD.
"""

# ---------------------------------------------------------------------------------------------------------------
# h154e02 — Chongqing hotpot-restaurant group, restaurant POS SaaS, Order Form + General Terms; vendor on the
#           Ufenau (Swiss style, "Art. N" with paragraphs (1)), .docx with a Word price table
# ---------------------------------------------------------------------------------------------------------------
H154E02 = """
T:Order Form No. UGS-CQ-2025-031 and General Terms of Service
P:Provider: Ufenau Gastro Systems AG, Insel Ufenau, 8808 Freienbach SZ, Switzerland, UID CHE-418.226.905 (the "Provider")
P:Customer: Chongqing Laohuo Hotpot Catering Management Co., Ltd., 16 Jiefangbei Pedestrian Street, Yuzhong District, Chongqing, People's Republic of China (the "Customer")
H:Part A - Order Form
P:A1 Services. The Provider shall provide UfenauPOS Cloud, a restaurant point-of-sale service comprising front-of-house ordering, table QR-code ordering, kitchen display, payment reconciliation for WeChat Pay, Alipay and UnionPay through the Customer's own acquiring contracts, central-kitchen inventory, membership and head-office reporting, for the Customer's 42 hotpot restaurants in Chongqing, Chengdu and Guiyang (the "Services").
P:A2 Subscription Term. 36 months from the date of Go-Live Acceptance under Art. 2.
P:A3 Charges. At the Customer's request all charges are stated and payable in Chinese Yuan (CNY), including VAT:
TB:Item|Quantity|Unit charge (CNY per month)|Monthly charge (CNY)|Charge for 36 months (CNY)
TB:POS restaurant licence (front of house, QR ordering, kitchen display)|42 restaurants|1,450|60,900|2,192,400
TB:Central kitchen and inventory module|1|8,600|8,600|309,600
TB:Head-office reporting and membership module|1|6,200|6,200|223,200
TB:Subscription subtotal| | |75,700|2,725,200
TB:Onboarding (menu and recipe migration, payment integration, device staging, training)|one-time| | |186,000
TB:Total Contract Value| | | |2,911,200
P:A4 Invoicing. Subscription charges are invoiced monthly in arrears and payable within 30 days of invoice. The onboarding charge is invoiced after Go-Live Acceptance. No amount is payable in advance.
P:A5 Onboarding plan. Pilot in three restaurants within 45 days after signature of this Order Form; Go-Live in all 42 restaurants within 90 days after signature.
P:A6 Hosting. The Services and all Customer Data are hosted on Alibaba Cloud in the Chengdu region, in mainland China.
P:A7 Documents. This Order Form and the General Terms in Part B form the contract. In case of conflict, the Order Form prevails.
H:Part B - General Terms of Service
H:Art. 1 Subject matter
P:(1) These General Terms govern the provision of the Services described in the Order Form by the Provider to the Customer.
P:(2) "Customer Data" means all data entered into or generated through the Services by the Customer, its restaurants, staff and guests, including orders, menus, recipes, inventory, payment records and membership data.
P:(3) The Provider provides the Services as software as a service; the Customer acquires no right to the software itself other than the right of use granted in these General Terms.
H:Art. 2 Onboarding and Go-Live Acceptance
P:(1) The Provider shall migrate the Customer's menus, recipes and membership balances, integrate the payment channels, stage the Customer's POS terminals and train restaurant staff in accordance with the onboarding plan.
P:(2) Go-Live Acceptance requires that: (a) the pilot has run in three restaurants for seven consecutive days without a Priority 1 incident; (b) all 168 test cases agreed in the onboarding plan have passed; (c) payments for each channel reconcile with the acquirer's settlement files with no unexplained difference for the pilot period; (d) during the busiest pilot hour every order reaches the kitchen display within 2 seconds; and (e) migrated membership balances match the Customer's records to the fen.
P:(3) The Customer shall confirm Go-Live Acceptance in writing within five working days after the criteria are met. Use of the Services in restaurants does not amount to acceptance.
P:(4) The Customer provides its menus, recipes, price lists and membership balances in the agreed format, gives the Provider access to its acquiring contracts, supplies POS terminals and printers that meet the Provider's published hardware specification, and makes restaurant managers available for training.
H:Art. 3 Service levels
P:(1) The Provider shall make the Services available 99.5% of the time in each calendar month, measured at the Provider's application interface, excluding maintenance announced at least five days in advance and carried out between 02:00 and 06:00 Beijing time.
P:(2) Incidents are classified and handled as follows: Priority 1 (ordering or payment impossible in one or more restaurants) - response within 30 minutes and restoration within 3 hours; Priority 2 (a module impaired, offline mode working) - response within 2 hours and restoration within one business day; Priority 3 - response within one business day.
P:(3) If monthly availability falls below the level in paragraph 1, the Customer receives a service credit of 5% of the monthly charge; below 99.0%, 10%; below 98.0%, 20%. For each hour by which a Priority 1 restoration is late, a further credit of CNY 800 applies. Credits are set off against the next invoice.
P:(4) The POS terminals keep taking orders in offline mode during an outage and synchronise when the connection is restored.
P:(5) The Provider reports availability, incidents and the credits due for each month in the customer portal by the tenth day of the following month. Support is provided in Chinese and English.
H:Art. 4 Delay
P:(1) If Go-Live Acceptance in all restaurants is not achieved within the period in A5 for reasons attributable to the Provider, the Provider shall pay a contractual penalty of CNY 2,000 for each day of delay, up to 8% of the Total Contract Value.
P:(2) Payment of the penalty does not release the Provider from its obligation to complete onboarding.
H:Art. 5 Customer Data and data protection
P:(1) Customer Data belongs to the Customer. The Provider processes Customer Data solely to provide the Services under the Customer's instructions and does not use it for any other purpose.
P:(2) The Provider keeps Customer Data in mainland China, maintains an MLPS level 3 filing for the platform, encrypts personal information in transit and at rest, restricts access to named support staff with multi-factor authentication and keeps access logs for at least six months. The Provider complies with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:(3) The Provider shall notify the Customer within 24 hours of any security incident affecting Customer Data, take immediate remedial measures and bear the damage caused by incidents for which it is responsible.
P:(4) On expiry or termination, the Provider returns all Customer Data in a standard format within 30 days and then deletes it.
H:Art. 6 Confidentiality
P:(1) Each party keeps confidential all non-public information of the other party that it receives in connection with the contract, including the Customer's sales figures, recipes and prices and the Provider's product documentation.
P:(2) This obligation continues for five years after the end of the contract.
H:Art. 7 Intellectual property
P:(1) The Provider retains all rights in UfenauPOS Cloud and its standard features.
P:(2) Menu structures, report templates, interface mappings and other configurations made specifically for the Customer belong to the Customer, who may use, modify and pass them on to third parties freely.
H:Art. 8 Subcontractors
P:(1) The Customer approves Alibaba Cloud as hosting provider by signing the Order Form.
P:(2) Any other subcontractor requires the Customer's prior written consent. The Provider remains responsible for its subcontractors.
H:Art. 9 Liability
P:(1) The Provider is liable for damage caused by breach of contract unless it proves that it is not at fault.
P:(2) The Provider's total liability under the contract is limited to the charges paid or payable by the Customer for the nine months preceding the event giving rise to the claim.
P:(3) The limitation does not apply to damage caused intentionally or by gross negligence, to personal injury, or to breach of Art. 5.
H:Art. 10 Term, renewal and termination
P:(1) The contract runs for the Subscription Term. It is then renewed for successive periods of one year at the charges in the Order Form, which remain unchanged unless the parties agree otherwise in writing, unless either party gives notice of non-renewal three months before the end of the current period.
P:(2) Either party may terminate the contract with immediate effect by written notice if the other party commits a material breach and does not remedy it within 30 days after a written warning. The Customer may also terminate if availability falls below 98.0% in two consecutive months.
P:(3) On termination the Provider supports the transfer of Customer Data to a successor system for up to 60 days at no extra charge.
H:Art. 11 Applicable law and jurisdiction
P:(1) The contract is governed by substantive Swiss law, to the exclusion of the United Nations Convention on Contracts for the International Sale of Goods.
P:(2) Any dispute arising out of or in connection with the contract shall be resolved by arbitration under the Swiss Rules of International Arbitration of the Swiss Arbitration Centre. The seat of the arbitration is Zurich, there shall be one arbitrator, and the language is English.
H:Art. 12 Final provisions
P:(1) Amendments must be made in writing.
P:(2) Should any provision be invalid, the remaining provisions remain in force and the parties shall replace the invalid provision by a valid one of similar economic effect.
P:(3) Neither party is liable for a failure to perform caused by force majeure, such as natural disasters, epidemics, or an outage of the public telecommunications networks, provided it informs the other party without delay.
P:(4) Notices must be given in writing to the addresses in the Order Form; e-mail is sufficient for operational notices.
P:For the Provider: ____________________    For the Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h154e03 — Qiandao Lake fish farm, net-pen water-quality sensors + maintenance; integrator on Verdelet (French
#           style, "Article N - Title" + N.1), buyer's paper, .pdf
# ---------------------------------------------------------------------------------------------------------------
H154E03 = """
T:Net-Pen Monitoring System Supply and Maintenance Contract
P:Contract No. QDH-AQ-2025-06
P:BETWEEN Chun'an Qiandao Lake Aquaculture Co., Ltd., a company incorporated in the People's Republic of China, registered at 1 Yulin Road, Qiandaohu Town, Chun'an County, Hangzhou, Zhejiang Province, represented by its legal representative (hereinafter "the Buyer"),
P:AND Verdelet Aquatech SAS, a simplified joint-stock company with a share capital of EUR 400,000, registered with the Trade and Companies Register of Saint-Brieuc, whose registered office is at Ile Verdelet, 22370 Pleneuf-Val-Andre, France, represented by its President (hereinafter "the Supplier").
P:The Buyer and the Supplier are hereinafter together referred to as "the Parties". This Contract is drawn up on the Buyer's standard form; at the Buyer's request all prices are expressed and payable in Chinese Yuan (CNY).
H:Article 1 - Purpose
P:1.1 The purpose of this Contract is the supply, installation, commissioning and maintenance of a water-quality monitoring system for the Buyer's 64 net pens in the Qiandao Lake reservoir, comprising sensor buoys, ammonia analysers, underwater cameras, gateways, a shore server with monitoring software, and the integration of the system with the Buyer's automatic feeding system (the "System").
P:1.2 The System shall measure dissolved oxygen, temperature, pH, turbidity and ammonia nitrogen in every pen, raise alarms to the duty staff, and stop or reduce feeding automatically when dissolved oxygen falls below the threshold set by the Buyer.
H:Article 2 - Contract documents
P:2.1 The Contract consists of, in order of precedence: these Articles; Annex 1 (Price List); Annex 2 (Technical Specification); Annex 3 (Acceptance Test Plan); the Supplier's technical offer of 12 September 2025.
H:Article 3 - Price
P:3.1 The Contract Price is CNY 1,826,000, all taxes included, broken down in Annex 1 as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Multiparameter sensor buoys (DO, temperature, pH, turbidity)|64|9,800|627,200
TB:Ammonia-nitrogen analysers|16|21,500|344,000
TB:Underwater cameras with cleaning brush|32|7,400|236,800
TB:LoRa and 4G gateways with solar power units|8|18,600|148,800
TB:Shore server and monitoring software (perpetual licence)|1|236,000|236,000
TB:Equipment and Licence Subtotal| | |1,592,800
TB:Installation, mooring, calibration and feeding-system integration|1|214,000|214,000
TB:Training|1|19,200|19,200
TB:Contract Price| | |1,826,000
P:3.2 The Contract Price is firm and not subject to revision.
H:Article 4 - Terms of payment
P:4.1 An advance payment of 35% of the Contract Price, that is CNY 639,100, is paid within 15 days after signature, against an advance-payment bank guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 45% of the Contract Price, that is CNY 821,700, is paid within 30 days after Provisional Acceptance.
P:4.3 The balance of 20%, that is CNY 365,200, is paid within 30 days after Final Acceptance.
P:4.4 Each payment is made against a valid invoice. The advance-payment guarantee is released at Provisional Acceptance.
H:Article 5 - Delivery and installation
P:5.1 The Supplier shall deliver all equipment to the Buyer's base at Qiandaohu Town within 70 days after signature, and complete installation and commissioning within 30 days after delivery.
P:5.2 Installation on the water is carried out from the Buyer's work boats under the Buyer's safety rules. The Supplier bears the risk of the equipment until Provisional Acceptance.
H:Article 6 - Acceptance
P:6.1 Provisional Acceptance is pronounced when: (a) every pen reports dissolved oxygen, temperature, pH and turbidity every five minutes, and each ammonia analyser reports every hour; (b) the readings of each sensor are within plus or minus 0.2 mg/L (dissolved oxygen) and plus or minus 0.1 (pH) of the reference instrument used in the acceptance tests; (c) a simulated low-oxygen event reaches the duty telephones within 60 seconds and reduces feeding in the pen concerned; and (d) the System has run for 14 consecutive days without a Critical fault.
P:6.2 Final Acceptance is pronounced 60 days after Provisional Acceptance if no Critical fault attributable to the Supplier has occurred in that period, a second calibration check has been passed, and the as-built documentation has been delivered.
P:6.3 Acceptance is recorded in a written report signed by both Parties. Use of the System by the Buyer, or any payment, does not constitute acceptance.
H:Article 7 - Warranty
P:7.1 The Supplier guarantees the System against any defect of design, material or workmanship for 9 months from Final Acceptance, the Parties acknowledging that the probes operate permanently submerged. During this period the Supplier repairs or replaces any defective part free of charge, including travel and boat time.
P:7.2 Sensor membranes and reagents consumed in normal operation are not covered by the warranty.
H:Article 8 - Maintenance after the warranty
P:8.1 After the warranty period the Supplier provides maintenance of the System, including quarterly calibration, cleaning of the optical windows, replacement of membranes and reagents, software updates and repair of defective parts, with the service levels of Article 9.
P:8.2 The annual maintenance fee is 12.5% of the Equipment and Licence Subtotal, that is CNY 199,100 per year, payable quarterly in arrears. This fee is fixed for the first three years of maintenance; any later revision requires a written amendment.
P:8.3 Maintenance continues from year to year only by written agreement of the Parties.
H:Article 9 - Service levels
P:9.1 A Critical fault is the loss of dissolved-oxygen data or alarms for one or more pens. The Supplier responds within 30 minutes by telephone or remote connection, is on site within 6 hours and restores the function within 12 hours, if necessary with a spare buoy.
P:9.2 A Major fault (loss of a camera, an ammonia analyser or the feeding interface) is answered within 2 hours and restored within 2 days.
P:9.3 For each hour of delay beyond these times the Supplier pays the Buyer CNY 600, deducted from the next payment or the maintenance fee.
H:Article 10 - Penalties for delay
P:10.1 If delivery or Provisional Acceptance is late for reasons attributable to the Supplier, the Supplier pays a penalty of 0.08% of the Contract Price for each day of delay, without prior formal notice, up to 10% of the Contract Price.
P:10.2 If the delay exceeds 45 days the Buyer may terminate the Contract under Article 16.
H:Article 11 - Intellectual property
P:11.1 The monitoring software remains the property of the Supplier or its licensors; the Buyer receives a perpetual, irrevocable licence to use it for its farms.
P:11.2 The alarm rules, dashboards, feeding-system interface and documentation developed for the Buyer belong to the Buyer, which may use, modify and have them maintained by a third party freely. The Supplier delivers the source code of the interface.
H:Article 12 - Data
P:12.1 All water-quality data, images, alarm records and farm records produced by the System belong to the Buyer. The Supplier may use them only to perform this Contract.
P:12.2 The data are stored on the shore server at the Buyer's base with a daily backup to the Buyer's cloud account in mainland China. The Supplier accesses the System remotely only through an account opened by the Buyer for each intervention, protected by two-factor authentication, and keeps no copy of the data.
P:12.3 The Supplier notifies the Buyer within 12 hours of any security incident affecting the System or the data, takes immediate corrective action, and compensates the Buyer for any loss caused by an incident attributable to it.
H:Article 13 - Confidentiality
P:13.1 Each Party keeps confidential the information of the other Party received under this Contract, in particular the Buyer's stocking densities, production volumes and feeding regimes, and does not disclose it to any third party without prior written consent. This obligation continues for three years after the end of the Contract.
H:Article 14 - Subcontracting
P:14.1 The Supplier may not subcontract any part of the Contract, including diving and mooring work, without the Buyer's prior written consent. The Supplier remains fully responsible for its subcontractors.
H:Article 15 - Liability
P:15.1 The Supplier is liable for all direct damage caused to the Buyer by its breach of the Contract, including loss of fish resulting from a failure of the alarm function attributable to the Supplier. Neither Party is liable for indirect loss.
H:Article 16 - Termination
P:16.1 If either Party fails to perform a material obligation and does not remedy the failure within 30 days after a registered letter or e-mail giving formal notice, the other Party may terminate the Contract by written notice, without prejudice to damages.
P:16.2 In the event of termination for the Supplier's breach before Final Acceptance, the Supplier refunds the amounts received, less the value of the equipment the Buyer chooses to keep.
H:Article 17 - Force majeure
P:17.1 Neither Party is liable for a failure caused by force majeure, in particular floods, typhoons and ice, provided it informs the other Party promptly.
H:Article 18 - Applicable law and disputes
P:18.1 The Contract is governed by the laws of the People's Republic of China.
P:18.2 Any dispute not settled amicably within 30 days is submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou. The arbitration is conducted in Chinese and English.
H:Article 19 - Miscellaneous
P:19.1 The Contract is made in two originals in English and Chinese, both versions being equally authentic. It enters into force on signature by both Parties.
P:Made at Chun'an, on ______________ 2025
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h154e04 — Kunshan chip-design house, managed IT + desktop support; provider on Lunga (Scottish style,
#           "N. HEADING" + N.1), .md
# ---------------------------------------------------------------------------------------------------------------
H154E04 = """# MANAGED IT SERVICES AGREEMENT

**between**

**LUNGA MANAGED SERVICES LIMITED**, a company incorporated in Scotland (registered number SC712093) and having its registered office at The Bothy, Lunga, Treshnish Isles, Argyll PA75 6QZ (the "Provider")

**and**

**KUNSHAN XINRUI MICROELECTRONICS DESIGN CO., LTD.**, a company incorporated in the People's Republic of China and having its registered office at 1699 Zuchongzhi South Road, Kunshan, Jiangsu Province (the "Client")

## 1. DEFINITIONS AND INTERPRETATION

1.1 In this Agreement: "Business Day" means a day on which banks are open in Kunshan; "Charges" means the charges set out in Clause 6; "Client Data" means all data of the Client, its employees and its customers, including design databases, RTL and layout files, EDA licence files, e-mail and personnel records, that the Provider accesses or handles in performing the Services; "Minimum Term" means the period of 24 months from the Service Commencement Date; "Service Commencement Date" means the date on which Transition Acceptance is confirmed under Clause 4.4; "Service Levels" means the levels set out in Clause 5; and "Services" means the services described in Clause 3.

1.2 Words in the singular include the plural and vice versa. Headings are for convenience only. At the Client's request all Charges are stated and payable in Chinese Yuan (CNY).

## 2. COMMENCEMENT AND DURATION

2.1 This Agreement commences on the date of its execution. The Services run for the Minimum Term from the Service Commencement Date.

2.2 This Agreement does not renew automatically. Any extension shall be agreed in writing, including any change in the Charges.

## 3. THE SERVICES

3.1 The Provider shall provide the following Services to the Client's office and design centre in Kunshan:

(a) a bilingual service desk available from 07:30 to 21:00 on Business Days and by telephone at all other times for Priority 1 incidents;

(b) desktop support for 260 users, including Linux engineering workstations, Windows laptops, printers and meeting-room equipment, with two engineers based at the Client's premises;

(c) management of the Client's servers, EDA licence servers, storage and local network, including monitoring, patching and capacity reporting;

(d) backup management, including daily backups of design repositories to the Client's own backup system and a restore test every month.

3.2 The Provider shall perform the Services with reasonable skill and care and in accordance with good industry practice.

## 4. TRANSITION

4.1 The Provider shall carry out the transition from the Client's current support arrangements in accordance with the transition plan annexed to this Agreement, and shall complete it within 45 days after execution.

4.2 Transition Acceptance requires that: (a) a configuration database covering every workstation, server, licence server and network device has been built and checked against a physical count; (b) runbooks for all recurring tasks have been written and approved by the Client's IT manager; (c) the Provider has supported the Client in shadow mode for ten Business Days and met the Service Levels in that period; and (d) a full restore of one design repository has been tested successfully.

4.3 If Transition Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay the Client CNY 2,400 for each day of delay.

4.4 The Client shall confirm Transition Acceptance in writing within three Business Days after the criteria have been met. Starting to use the Provider's service desk does not amount to Transition Acceptance.

## 5. SERVICE LEVELS

5.1 The Provider shall aim to meet the following Service Levels:

| Priority | Example | Response | Resolution |
|---|---|---|---|
| P1 | design centre, licence server or core network down | 15 minutes | 3 hours |
| P2 | a team or a critical workstation unable to work | 1 hour | 8 hours |
| P3 | single user, workaround available | 6 business hours | 3 Business Days |
| P4 | request or question | 1 Business Day | 5 Business Days |

5.2 The service desk shall answer calls within 60 seconds on average in each month.

5.3 The Provider shall report its performance against the Service Levels monthly.

5.4 The Service Levels are targets. A failure to achieve a Service Level shall not entitle the Client to any service credit, reduction of the Charges or damages. Where a Service Level is missed in two consecutive months, the Provider shall prepare and implement a remediation plan, which shall be the Client's sole remedy for that failure.

## 6. CHARGES AND PAYMENT

6.1 The Charges are:

| Service | Basis | Monthly (CNY) | 24 months (CNY) |
|---|---|---|---|
| Service desk and desktop support | 260 users x CNY 265 | 68,900 | 1,653,600 |
| Infrastructure management | fixed | 38,500 | 924,000 |
| Backup management and restore testing | fixed | 9,600 | 230,400 |
| Monthly Charges subtotal | | 117,000 | 2,808,000 |
| Transition fee | one-time | | 146,000 |
| Total | | | 2,954,000 |

6.2 The Monthly Charges are invoiced monthly in arrears and payable within 30 days of invoice. The transition fee is invoiced after Transition Acceptance. Nothing is payable in advance.

6.3 The number of users is reviewed each quarter; each additional user is charged at CNY 265 per month.

## 7. CLIENT DATA AND SECURITY

7.1 Client Data belongs to the Client. The Provider shall handle Client Data only for the purpose of performing the Services and in accordance with the Client's instructions, and shall not copy, remove or use it for any other purpose.

7.2 The Provider's personnel shall have no access to the Client's design repositories except for the administration tasks listed in the runbooks and then only through the Client's privileged-access system with multi-factor authentication. Remote access is allowed only from the Provider's secured support centre and every session is recorded. Client Data shall not leave the Client's systems.

7.3 The Provider shall comply with the Client's information-security policies, the Personal Information Protection Law and the Data Security Law of the People's Republic of China, and shall ensure that its personnel receive security training before they start work.

7.4 The Provider shall notify the Client within 12 hours of any actual or suspected security incident involving Client Data, co-operate fully in the investigation and be responsible for all loss caused by an incident attributable to the Provider or its personnel.

## 8. CONFIDENTIALITY

8.1 Each party shall keep the other party's confidential information secret, use it only for the purposes of this Agreement and disclose it only to its personnel who need to know it and are bound by equivalent duties.

8.2 The Provider shall procure that each member of its personnel working on the Services signs the Client's confidentiality undertaking.

8.3 This Clause 8 continues for five years after the end of this Agreement.

## 9. INTELLECTUAL PROPERTY

9.1 The configuration database, runbooks, scripts, reports and other materials prepared by the Provider for the Client belong to the Client, which may use, modify and give them to any successor provider freely.

9.2 The Provider's own tools and know-how remain the Provider's property.

## 10. PERSONNEL AND SUBCONTRACTING

10.1 The Provider shall not subcontract any part of the Services without the Client's prior written consent.

10.2 The Provider shall replace any engineer whom the Client reasonably asks to be removed.

## 11. LIABILITY

11.1 The Provider's total liability under or in connection with this Agreement shall not exceed 150% of the total Charges set out in Clause 6.1.

11.2 Nothing in this Agreement limits liability for death or personal injury caused by negligence, for fraud, or for breach of Clause 7 or Clause 8.

11.3 Neither party shall be liable for any indirect or consequential loss.

## 12. TERM AND TERMINATION

12.1 This Agreement shall continue until the expiry of the Minimum Term and may not be terminated by either party before then, save that (a) the Provider may terminate it by notice if the Client fails to pay undisputed Charges within 30 days after a written reminder, and (b) either party may terminate it by notice if the other party becomes insolvent or enters into administration or liquidation.

12.2 Without prejudice to Clause 12.1, the Client's remedies for any failure in the Services are the remediation procedure in Clause 5.4 and a claim for damages subject to Clause 11.

12.3 On expiry or termination the Provider shall hand over all Client Data, documentation and credentials and shall support the transfer to a successor provider for up to 30 days.

## 13. GOVERNING LAW AND JURISDICTION

13.1 At the Client's request this Agreement shall be governed by and construed in accordance with the laws of the People's Republic of China.

13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.

## 14. GENERAL

14.1 This Agreement constitutes the entire agreement between the parties and may be varied only in writing signed by both parties.

14.2 Notices shall be given in writing to the addresses above.

IN WITNESS WHEREOF these presents consisting of this and the preceding pages are executed as follows:

Subscribed for and on behalf of LUNGA MANAGED SERVICES LIMITED at ______________ on ______________ 2025 by ______________, Director, before this witness ______________.

Subscribed for and on behalf of KUNSHAN XINRUI MICROELECTRONICS DESIGN CO., LTD. at Kunshan on ______________ 2025 by ______________, Authorised Signatory.
"""

# ---------------------------------------------------------------------------------------------------------------
# h154e05 — Zhangzhou narcissus-bulb exporter, certificate-of-origin API subscription + integration; vendor on
#           Isola Piana (Italian style, "Art. N (title)" + N.1), .txt
# ---------------------------------------------------------------------------------------------------------------
H154E05 = """SUBSCRIPTION AND INTEGRATION AGREEMENT
OriginLink Certificate-of-Origin API

between

ISOLA PIANA TRADE DATA S.r.l., with registered office at Localita Isola Piana, 09014 Carloforte (SU), Italy, VAT number IT04187650921, in the person of its Managing Director (the "Provider")

and

ZHANGZHOU SHUIXIAN HORTICULTURE EXPORT CO., LTD., with registered office at 26 Yuanshan Road, Longhai District, Zhangzhou, Fujian Province, People's Republic of China, in the person of its legal representative (the "Customer")

(the Provider and the Customer, each a "Party" and together the "Parties")

WHEREAS

a) the Provider operates OriginLink, an application programming interface for the preparation, validation and tracking of certificate-of-origin applications and related export documents;

b) the Customer exports narcissus (Chinese sacred lily) bulbs and other horticultural products from Zhangzhou, mainly to Japan, Korea, Vietnam and Malaysia, and wishes to connect its ERP system to OriginLink so that certificate-of-origin applications are prepared automatically from its shipment records;

c) at the Customer's request all amounts under this Agreement are stated and payable in Chinese Yuan (CNY);

the recitals form an integral part of this Agreement, and the Parties agree as follows.

Art. 1 (Definitions)

1.1 "API" means the OriginLink application programming interface and its documentation. "Application" means a certificate-of-origin application prepared through the API. "Customer Data" means all data submitted by or for the Customer to the API, including exporter and consignee details, invoices, packing lists, HS codes, origin criteria, phytosanitary certificate references and shipment records. "Integration Deliverables" means the ERP connector, document templates, destination mappings and other items produced by the Provider under Art. 6. "Integration Acceptance" means the written confirmation under Art. 6.4.

Art. 2 (Subject matter)

2.1 The Provider grants the Customer access to the API for the Subscription Term and performs the Integration Services described in Art. 6.

2.2 Through the API the Customer can: validate HS codes and origin criteria against the preferential rules of origin of RCEP, the China-ASEAN free trade agreement and the China-Korea free trade agreement; generate the data of Applications and the accompanying declarations; export the data in the format required for electronic filing with the issuing authorities; and track the status of each Application.

2.3 The Provider does not issue certificates of origin. Filing with the issuing authorities remains the Customer's responsibility.

Art. 3 (Term)

3.1 The Subscription Term is 36 months from Integration Acceptance.

3.2 This Agreement does not renew automatically. Any renewal requires a written agreement of the Parties.

Art. 4 (Fees)

4.1 The fees are:
- API subscription, Professional tier, up to 6,000 Applications per year: CNY 118,000 per year, CNY 354,000 for the Subscription Term;
- preferential-origin rule packs (RCEP, China-ASEAN, China-Korea): CNY 26,000 per year, CNY 78,000 for the Subscription Term;
- Integration Services, one-time: CNY 164,000.
The total fees for the Subscription Term are CNY 596,000.

4.2 Applications beyond 6,000 in a subscription year are charged at CNY 9 each. The fees in Art. 4.1 are fixed for the Subscription Term.

Art. 5 (Invoicing and payment)

5.1 The annual fees are invoiced quarterly in arrears, at CNY 36,000 per quarter, and paid within 30 days of invoice.

5.2 The Integration Services fee is invoiced after Integration Acceptance. No advance payment is due under this Agreement.

Art. 6 (Integration Services and acceptance)

6.1 The Provider shall build a connector between the Customer's Kingdee ERP system and the API, templates for the commercial invoice, packing list and origin declaration, and mappings of the data required by the authorities of Japan, Korea and Vietnam.

6.2 The Provider shall complete the Integration Services and submit them for acceptance within 60 days after signature of this Agreement.

6.3 Integration Acceptance requires that: (a) 50 test shipments selected by the Customer, covering each destination and each origin criterion, produce Application data that the Customer's documentation staff confirm as correct without manual correction; (b) every HS code in the Customer's product master is validated against the current tariff nomenclature; (c) the data exported for electronic filing is accepted by the filing system in its test environment; and (d) the shipment data in the ERP and in the API reconcile for one full month of historic shipments.

6.4 The Customer confirms Integration Acceptance in writing within five working days after the criteria are met. Use of the API for live shipments before then does not constitute acceptance.

6.5 The Customer provides access to a test instance of its ERP system, its product master and the shipment data of the last two export seasons, and names a documentation officer who answers the Provider's questions within two working days.

Art. 7 (Service levels)

7.1 The Provider shall ensure that the API is available 99.95% of each calendar month, excluding maintenance announced two days in advance and performed between 01:00 and 05:00 Beijing time.

7.2 Incidents are classified as Priority 1 (the API cannot be used, or Applications are generated with wrong origin data), Priority 2 (a function is impaired) and Priority 3 (questions and minor faults). The Provider responds to Priority 1 incidents within 1 hour at any time, and during the peak shipping season from 1 November to 31 January restores the service within 6 hours; Priority 2 within 8 hours; Priority 3 within two working days.

7.3 If monthly availability is below the level in Art. 7.1, the Customer receives a credit of 5% of the quarterly fee for that quarter, and 10% if availability is below 99.0%. For each hour by which a Priority 1 restoration is late, a further credit of CNY 500 applies.

7.4 The Provider sends the Customer a monthly report on availability, incidents, Applications processed and credits due. Changes to the rules of origin of the covered agreements are implemented in the API before they take effect, at no extra charge.

Art. 8 (Penalty for delay)

8.1 If the Provider does not submit the Integration Services for acceptance within the period in Art. 6.2 for reasons attributable to it, it shall pay a penalty of CNY 600 for each day of delay, up to 10% of the total fees, without prejudice to the Customer's right to claim further damage.

Art. 9 (Intellectual property)

9.1 The API, its rule engine and its documentation are and remain the exclusive property of the Provider.

9.2 The Integration Deliverables, including the ERP connector, the templates and the mappings, and all intellectual property rights in them, are and remain the exclusive property of the Provider, even though they were developed for the Customer. The Customer receives a non-exclusive and non-transferable licence to use the Integration Deliverables for the Subscription Term only, and may not modify, decompile or have them maintained by any third party.

Art. 10 (Customer Data)

10.1 Customer Data remains the property of the Customer.

10.2 The Provider uses Customer Data solely to provide the Services to the Customer and shall not sell, disclose or otherwise exploit it.

10.3 On expiry or termination of this Agreement, the Provider returns the Customer Data on request in CSV format within 30 days.

Art. 11 (Confidentiality)

11.1 Each Party shall keep confidential any information of the other Party that it learns in connection with this Agreement, including the Customer's customers, volumes and prices and the Provider's technical documentation, and shall not disclose it to third parties without the other Party's written consent, except where required by law.

11.2 This obligation survives for three years after termination of this Agreement.

Art. 12 (Liability)

12.1 Each Party's total liability under this Agreement is limited to two times the total fees in Art. 4.1.

12.2 The limit does not apply to wilful misconduct or gross negligence, or to breach of Art. 11.

Art. 13 (Subcontracting)

13.1 The Provider may not subcontract the performance of this Agreement, in whole or in part, without the Customer's prior written consent, and remains liable for any subcontractor.

Art. 14 (Termination)

14.1 Either Party may terminate this Agreement by written notice if the other Party commits a material breach and fails to remedy it within 30 days after receiving a written request to do so.

14.2 The Customer may also terminate this Agreement with immediate effect if availability is below 99.0% in two consecutive months, or if Integration Acceptance has not been confirmed within 90 days after signature for reasons attributable to the Provider.

14.3 On termination for the Provider's breach, the Provider refunds any fees paid for the period after termination.

Art. 15 (Governing law and disputes)

15.1 At the Customer's request this Agreement is governed by the laws of the People's Republic of China.

15.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen. The language of the arbitration is Chinese; documents in English need not be translated.

Art. 16 (Final provisions)

16.1 This Agreement may be amended only in writing.

16.2 Notices are given by registered mail or certified e-mail to the addresses above.

16.3 Neither Party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or the unavailability of the authorities' filing systems, provided it informs the other Party promptly.

16.4 The Customer declares that it has read and specifically approves Art. 9 (Intellectual property), Art. 12 (Liability) and Art. 14 (Termination).

Carloforte / Zhangzhou, ______________ 2025

For the Provider: ____________________

For the Customer: ____________________
"""

TEXTS = {  # written as they are
    "h154z02": ("h154z02_pv_module_el_inspection_system_supply.txt", H154Z02),
    "h154z03": ("h154z03_yoga_chain_booking_membership_saas.md", H154Z03),
    "h154z05": ("h154z05_mooncake_maker_qms_supplier_template.md", H154Z05),
    "h154e01": ("h154e01_porcelain_glaze_recipe_licence_irish_vendor.txt", H154E01),
    "h154e04": ("h154e04_chip_design_managed_it_scottish_provider.md", H154E04),
    "h154e05": ("h154e05_narcissus_exporter_origin_api_italian_vendor.txt", H154E05),
}

SOURCES = {"h154z01": H154Z01, "h154z04": H154Z04, "h154e02": H154E02, "h154e03": H154E03}
TARGETS = {"h154z01": ("h154z01_emergency_bureau_command_platform.docx", "docx"),
           "h154z04": ("h154z04_museum_collection_system_om.pdf", "pdf"),
           "h154e02": ("h154e02_hotpot_group_pos_saas_swiss_vendor.docx", "docx"),
           "h154e03": ("h154e03_fish_farm_netpen_sensors_french_integrator.pdf", "pdf")}

if __name__ == "__main__":
    for key, (name, text) in TEXTS.items():
        (OUT / name).write_text(text.lstrip("\n"), encoding="utf-8")
        print("wrote", name)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
