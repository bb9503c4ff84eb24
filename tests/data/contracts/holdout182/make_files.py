"""holdout182: sources of the ten ordinary draft contracts of this blind held-out set.

Run with /work/main/.venv/bin/python make_files.py. The .md and .txt files are written as they stand; the two .docx
and the two .pdf are built from the small markup of ../word_pdf.py (T: title, H: heading, P: paragraph, TB: table
row), the PDFs with wrap_words=True (paragraphs broken at word boundaries before typesetting).
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h182z01 — city social-credit office, public credit information platform (system integration), buyer's paper, .docx
H182Z01 = """T:滨江市公共信用信息平台建设项目合同
P:合同编号：BJXY-ZFCG-2025-017　　采购项目编号：BJCG2025-GK-0316（公开招标）
P:甲方（采购人）：滨江市社会信用体系建设办公室
P:乙方（中标供应商）：江苏信衡数据科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就滨江市公共信用信息平台建设项目（以下简称“本项目”）订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分，与本合同正文不一致的，以本合同正文为准。
H:第一条 项目内容
P:1.1 乙方负责建设滨江市公共信用信息平台，包括信用信息目录管理、数据归集与治理、“双公示”、信用报告、红黑名单及重点关注名单管理、信用修复、信用承诺、联合奖惩、信用地图和统计分析等功能模块。
P:1.2 乙方负责开发与全市46个部门及单位的数据归集接口，完成与省公共信用信息平台和“信用中国”网站的数据对接。
P:1.3 乙方负责提供国产服务器、分布式存储、数据库及中间件，并完成在市政务云机房的部署、系统集成、安全加固、试运行和培训。详细功能及技术要求以招标文件第三章“采购需求”和附件1《功能清单》为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰肆拾陆万元整（¥3,460,000.00），为固定总价，包含设备、软件、开发、运输、安装、集成、测试、培训、税费以及质保期内的全部服务费用。分项价格如下：
TB:序号|项目|数量|金额（元）
TB:1|公共信用信息平台软件许可（永久）|1套|1,286,000
TB:2|国产数据库及中间件许可|1套|348,000
TB:3|信创服务器（6台）及分布式存储（1套）|1批|912,000
TB:4|部门数据归集接口开发（46个部门）|1项|524,000
TB:5|省平台及“信用中国”网站对接|1项|136,000
TB:6|系统集成与部署|1项|168,000
TB:7|等保测评及密码应用评估配合|1项|58,000
TB:8|培训|1项|28,000
TB:合计|||3,460,000
P:2.2 上表第1至3项为软硬件小计，计人民币2,546,000元。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即人民币692,000元。
P:3.2 设备到货安装、系统上线并通过初步验收后15个工作日内，甲方支付合同总价的45%，即人民币1,557,000元。
P:3.3 系统通过最终验收后15个工作日内，甲方支付合同总价的35%，即人民币1,211,000元。
P:3.4 乙方应在每次付款前开具合法有效的增值税发票。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后45日内将全部设备运抵甲方指定机房，合同签订后150日内完成系统部署上线并申请初步验收。
P:4.2 乙方应组建不少于8人的项目团队，项目经理须为投标文件承诺人员，未经甲方书面同意不得更换。
P:4.3 乙方应按甲方批准的实施方案推进工作，每周报送进度，并配合甲方完成项目审计和绩效评价。
H:第五条 验收
P:5.1 初步验收：系统部署完毕后，甲方按附件1逐项测试，标准为：全部功能点实现；46个部门接口均完成联调且数据按日归集；与省平台数据交换连续10日无差错；500个并发用户下常用查询响应时间不超过3秒；网络安全等级保护第三级测评无高风险问题。
P:5.2 初步验收通过后试运行90日。试运行期间累计一级故障不超过1次、各功能稳定运行的，甲方组织专家进行最终验收，并出具最终验收报告。
P:5.3 设备签收、系统上线、试运行或甲方使用系统，均不视为验收合格。验收不合格的，乙方应在15日内整改后重新提交验收，整改费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 质保期为自最终验收合格之日起三年。质保期内乙方免费提供软硬件维修、更换、缺陷修复、版本升级和7×24小时技术支持。
P:6.2 故障分级及响应：一级故障（平台整体不可用或数据归集中断）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障（部分功能不可用）1小时内响应，24小时内解决；三级故障（一般问题）2个工作日内解决。
P:6.3 质保期内平台月度可用率不低于99.99%。
P:6.4 乙方未按6.2条时限响应或恢复的，每超时1小时向甲方支付违约金人民币1,000元；月度可用率每低于约定值0.01个百分点，支付违约金人民币2,000元。上述款项甲方可从应付款或履约保证金中直接扣除。
P:6.5 质保期满后，如甲方需要，乙方应继续提供运维服务，年度运维费不超过软硬件小计的8%，即每年不超过人民币203,680元，且质保期满后两年内不得上调。续保服务由双方另行签订合同，不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的接口程序、数据治理规则、报表及其源代码和技术文档，知识产权归甲方所有，乙方应在最终验收时一并移交；甲方有权自行或委托第三方使用、修改和再开发。
P:7.2 平台软件、数据库及中间件的原有知识产权归其权利人所有，乙方保证甲方享有永久、不可撤销的使用许可，并保证不侵犯任何第三方权利；发生侵权纠纷的，由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 平台归集、存储、加工的全部信用信息、业务数据及日志均属于甲方，乙方仅可为履行本合同使用，不得复制、留存、向第三方提供或用于任何其他目的。
P:8.2 乙方应按照网络安全等级保护第三级要求落实安全措施。远程运维须经甲方逐次审批并通过堡垒机进行，操作全程留痕；系统测试不得使用真实信用信息。
P:8.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并立即采取补救措施。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的甲方工作秘密、信用主体信息及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
P:9.2 乙方应与参与本项目的全部人员签订保密承诺书，并对其人员的泄密行为承担责任。
H:第十条 违约责任
P:10.1 乙方逾期交货、逾期上线或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 乙方交付的设备或系统不符合合同约定的，应负责更换或整改，并赔偿甲方因此遭受的全部损失。
H:第十一条 分包与转让
P:11.1 本项目不允许分包。乙方不得将本合同的全部或部分义务转包、分包或转让给第三方。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方有权书面通知解除本合同，并要求乙方退还已付款项、赔偿损失：（一）逾期超过60日；（二）最终验收两次不合格；（三）违反第八条或第九条约定；（四）其他严重违约行为，经甲方书面催告后15日内仍未纠正。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效，一式六份，甲方执四份，乙方执二份。
P:14.2 附件：1.功能清单；2.设备配置清单；3.实施方案；4.售后服务承诺。
P:甲方（盖章）：滨江市社会信用体系建设办公室　　乙方（盖章）：江苏信衡数据科技有限公司
P:法定代表人或授权代表：__________　　法定代表人或授权代表：__________
P:签订日期：2025年__月__日
"""

# ---------------------------------------------------------------------------------------------------------------
# h182z02 — flour mill, wheat colour sorters (hardware) + post-warranty maintenance, supplier drafts on 一、/（一）/1.
H182Z02 = """周口丰穗面业有限公司小麦色选机采购及维保合同

合同编号：FS-CG-2025-046
甲方（买方）：周口丰穗面业有限公司
乙方（卖方）：合肥光选智能装备有限公司
签订地点：河南省周口市

甲乙双方依据《中华人民共和国民法典》，经友好协商，就甲方日处理小麦800吨制粉生产线清理工段色选设备的采购、安装调试及维保事宜，订立本合同。

一、合同标的及价格
（一）设备及价格（含税，人民币元）：
1. 小麦智能色选机（6通道、全彩CCD、含除尘罩）4台，单价268,000元，小计1,072,000元；
2. 清理线复选色选机（3通道）2台，单价156,000元，小计312,000元；
3. 螺杆空压机、冷干机及储气罐系统1套，86,000元；
4. 色选控制及远程诊断软件许可1套，48,000元；
以上第1至4项为设备及软件小计，计1,518,000元。
5. 运输、吊装、安装调试费54,000元；
6. 操作及维修培训费12,000元。
（二）合同总价为人民币壹佰伍拾捌万肆仟元整（¥1,584,000元）。除本合同另有约定外，合同总价为固定价格，不因原材料或汇率变化而调整。

二、交货与安装调试
（一）乙方应于合同生效后45日内将全部设备运抵甲方厂区，并随货提供装箱单、产品合格证、使用说明书、电气图纸及软件授权文件。
（二）设备到货后，双方共同开箱清点并签署到货签收单。到货签收仅确认数量和外观，不代表质量验收。
（三）乙方应在设备到货后20日内完成安装调试。安装期间，乙方人员应遵守甲方食品生产车间的安全、卫生和动火管理制度。
（四）设备包装应适合长途公路运输和吊装，防潮、防震，运输途中的损坏和灭失风险由乙方承担，直至设备在甲方厂区签收。
（五）乙方负责设备与甲方现有提升机、溜管、除尘风网和配电系统的衔接，所需的小型连接件、气管和电缆由乙方提供，费用已含在合同总价中。

三、付款方式
（一）合同生效后10个工作日内，甲方支付合同总价的20%作为预付款，即316,800元；
（二）设备全部到货并签收后10个工作日内，支付合同总价的50%，即792,000元；
（三）设备经最终验收合格后10个工作日内，支付合同总价的25%，即396,000元；
（四）合同总价的5%即79,200元作为质量保证金，质保期满且无未决质量问题后10个工作日内无息支付。
乙方应在每笔付款前开具等额增值税专用发票。

四、验收
（一）安装调试完成后，设备带料连续运行72小时，双方按以下标准进行验收：
1. 单台6通道色选机处理量不低于每小时8吨（以甲方原粮计）；
2. 色选后小麦中异色粒、霉变粒及赤霉病粒每公斤不超过3粒；
3. 剔除物中的正常麦粒含量不超过技术协议约定的限值；
4. 设备噪声、粉尘排放符合国家标准及甲方车间要求，电气安全和接地检测合格；
5. 远程诊断功能仅在甲方授权后方可启用，关闭授权后无法连接。
（二）全部标准达到的，双方签署最终验收报告。任何一项不合格的，乙方应在15日内整改并重新验收；第二次验收仍不合格的，甲方有权退货并解除合同。
（三）设备安装、试机或甲方投入生产使用，均不视为验收合格。

五、质量保证
（一）质保期为自最终验收合格之日起二十四个月。质保期内，非甲方人为原因造成的故障，乙方免费维修并更换零部件，包括CCD相机、喷阀、光源等核心部件。
（二）乙方保证所供设备为全新原厂产品，符合国家相关标准和食品加工机械卫生要求。
（三）乙方应在安装调试完成后对甲方操作工和维修工进行不少于3天的现场培训，内容包括开停机操作、分选参数调整、日常清洁、喷阀和光源更换及常见故障排除，培训结束后经考核合格的人员应能独立完成日常操作。

六、售后服务及响应
（一）故障分级：一级故障指色选机整机停机或影响清理线正常生产的故障；二级故障指部分通道失效或剔除效果明显下降；三级故障指不影响生产的一般问题。
（二）乙方接到一级故障报修后，应在8小时内作出响应并提出处理方案，36小时内派工程师到达现场；二级故障在12小时内响应、72小时内到场；三级故障在2个工作日内远程处理。
（三）乙方未在约定时限内到达现场的，每超过1小时，甲方可从质量保证金或应付款中扣减300元。
（四）乙方在周口市区设立备件库，喷阀、光源、电磁阀等常用备件的储备数量不少于技术协议附件的约定。

七、质保期满后的维保服务
（一）质保期满后，乙方为甲方提供三年维保服务，内容包括每季度一次上门巡检保养、核心部件维修更换（人为损坏除外）、软件升级及技术支持，服务标准与第六条相同。
（二）维保年费为设备及软件小计的18%，即每年人民币273,240元，三年内固定不变，于每个维保年度开始后30日内支付。
（三）三年维保期满后是否续约由双方另行协商，本合同不自动续期。

八、知识产权
（一）色选控制及远程诊断软件的知识产权归乙方，甲方在设备使用期限内享有免费、不可撤销的使用许可。
（二）乙方根据甲方原粮特性定制的分选模型、参数方案及配置文件归甲方所有，甲方可自行或委托他人使用和修改。

九、数据安全
（一）设备采集的图像、运行参数及生产数据属于甲方所有，乙方仅可为故障诊断和维保目的使用，不得复制留存或用于其他目的。
（二）远程诊断须经甲方逐次授权，通过加密通道进行并保留操作日志；乙方不得通过远程连接访问甲方其他网络和信息系统。
（三）发生数据泄露或未经授权访问的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的损失由乙方全额赔偿。

十、保密
双方对在合作中获知的对方商业秘密、技术资料、生产工艺及经营信息负有保密义务，未经对方书面同意不得向任何第三方披露。本条在合同终止后三年内持续有效。

十一、违约责任
（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的10%。
（二）乙方逾期超过45日的，甲方有权解除合同，乙方应退还已付款项并赔偿甲方损失。
（三）设备质量不符合约定的，乙方应负责更换或修理，并赔偿由此造成的停产损失。

十二、分包
乙方不得将本合同的主要义务分包给第三方。设备运输和吊装可委托具备资质的单位完成，但应事先取得甲方书面同意，乙方对其行为承担连带责任。

十三、合同解除
乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。

十四、争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交周口仲裁委员会仲裁。

十五、其他
本合同一式四份，双方各执二份，自双方签字盖章之日起生效。技术协议和备件清单为本合同附件，与本合同具有同等效力。

甲方（盖章）：周口丰穗面业有限公司　　乙方（盖章）：合肥光选智能装备有限公司
代表签字：__________　　代表签字：__________
日期：2025年__月__日
"""

# ---------------------------------------------------------------------------------------------------------------
# h182z03 — nail-salon chain, booking and membership SaaS, three years + implementation, .md
H182Z03 = """# 美甲门店预约与会员管理系统 SaaS 服务合同

合同编号：ZJHY-IT-2025-008

- 甲方：杭州指尖花园美甲连锁管理有限公司（以下简称“甲方”）
- 乙方：杭州约美云信息技术有限公司（以下简称“乙方”）

甲方经营美甲连锁门店46家，为统一门店预约、会员和收银管理，甲乙双方经协商一致，就甲方使用乙方“约美云”门店管理平台及相关实施服务订立本合同。

## 1. 服务内容

1.1 乙方通过其“约美云”SaaS平台向甲方及其46家直营门店提供以下服务：在线预约（微信小程序、美团/大众点评预约对接）、会员及储值卡管理、积分与营销券、美甲师排班与提成核算、门店收银、耗材库存管理及经营报表。

1.2 实施服务：乙方为甲方定制品牌小程序页面、会员等级体系和营销活动模板，迁移甲方现有会员数据（约18.6万条会员档案及储值余额），完成门店收银设备配置和店长、美甲师培训。

1.3 服务期为三年，自全部门店上线验收合格之日起计算。

## 2. 费用

2.1 合同费用如下：

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| SaaS 订阅费 | 3,600元/店/年 × 46店 × 3年 | 496,800 |
| 品牌小程序定制及实施 | 一次性 | 68,000 |
| 会员数据迁移 | 一次性 | 18,000 |
| 合计 | | 582,800 |

2.2 短信通知费和支付通道手续费按实际发生另行结算，不计入合同总价。

2.3 服务期内甲方新增或关闭门店的，订阅费按每店每年3,600元按月折算增减。

## 3. 付款方式

3.1 本合同不设预付款。

3.2 实施费及数据迁移费合计86,000元，在上线验收合格后15个工作日内一次性支付。

3.3 订阅费按季度结算。每季度结束后15个工作日内，甲方按当季实际使用门店数支付当季订阅费，并扣除第5.4条约定的服务补偿。

3.4 乙方应在甲方付款前开具增值税专用发票。

## 4. 实施与上线验收

4.1 乙方应在合同签订后40日内完成全部门店上线。

4.2 上线验收标准：（1）附件《功能清单》全部实现；（2）会员档案、储值余额与积分迁移后逐户核对一致，差异为零；（3）小程序预约、到店核销、收银全流程在甲方抽查的10家门店测试通过；（4）美团/大众点评预约同步延迟不超过60秒；（5）甲方定制的小程序页面与确认稿一致。

4.3 甲方在收到乙方书面验收申请后7个工作日内组织验收，验收合格的签署上线验收单。系统上线试用或甲方门店开始使用，不视为验收合格。

4.4 因乙方原因未能按期完成上线的，每逾期一日，乙方向甲方支付违约金500元。

4.5 培训：乙方应为每家门店的店长和收银员提供不少于2小时的线上培训，并在杭州为区域经理组织1天的集中培训；上线后首月乙方安排专人在甲方总部值守，协助处理门店的使用问题。

4.6 甲方应在乙方提出要求后5个工作日内提供会员数据导出文件、门店信息、价目表和美甲师名单，并指定一名项目负责人协调门店配合。

## 5. 服务水平

5.1 平台月度可用率不低于99.5%。计划维护须提前48小时通知，且只能安排在凌晨1:00至6:00之间，计划维护时间不计入不可用时间。

5.2 故障响应：

| 级别 | 定义 | 响应 | 恢复 |
|---|---|---|---|
| 一级 | 预约或收银功能在全部或多家门店不可用 | 30分钟内 | 2小时内 |
| 二级 | 单店功能不可用或报表错误 | 2小时内 | 当日内 |
| 三级 | 一般咨询和优化建议 | 1个工作日内 | 2个工作日内 |

5.3 乙方提供7×24小时客服热线，每月5日前向甲方提交上月可用率和故障处理报告。平台功能升级可能影响门店操作的，乙方应提前7日通知甲方并提供操作说明。

5.4 服务补偿：月度可用率低于约定值的，按当月订阅费的5%抵扣；低于99%的，抵扣10%；一级故障恢复每超时1小时，另抵扣当月订阅费的1%。

## 6. 数据权属与数据安全

6.1 甲方的会员信息、消费记录、预约记录、储值数据等业务数据（以下简称“甲方数据”）归甲方所有。

6.2 甲方同意，乙方可在对甲方数据进行脱敏处理后，将其用于行业消费趋势分析报告、平台产品优化和营销推荐模型训练；该等使用在本合同终止后仍可继续。

6.3 乙方应对甲方数据采取加密存储、访问控制、操作审计和异地备份等安全措施。平台部署在中国境内，已通过网络安全等级保护第三级测评。

6.4 发生数据泄露、篡改或丢失等安全事件的，乙方应在2小时内通知甲方，配合甲方履行对会员的告知义务，并赔偿因乙方原因给甲方造成的损失。

6.5 本合同终止后30日内，乙方应以通用格式向甲方交付全部甲方数据，并在甲方确认后删除其保存的副本（第6.2条所述脱敏数据除外）。

## 7. 知识产权

7.1 “约美云”平台软件及其升级版本的知识产权归乙方所有。

7.2 乙方为甲方定制的品牌小程序页面、会员等级方案和营销活动模板归甲方所有，甲方可自行或委托他人使用、修改。

## 8. 保密

8.1 双方对在合作中知悉的对方商业秘密、经营数据和会员信息负有保密义务，未经对方书面同意不得向第三方披露。

8.2 保密义务在本合同终止后三年内持续有效。

## 9. 续期

9.1 服务期满前45日，任何一方未书面通知对方不再续期的，本合同自动续期一年，续期次数不限。

9.2 每次续期时，乙方有权按其届时公布的标准价格调整订阅费，调整幅度不超过上一期订阅费的20%。

## 10. 违约责任

10.1 任何一方违反本合同约定给对方造成损失的，应赔偿对方的实际损失。

10.2 乙方违反第6条约定的，除赔偿损失外，甲方有权立即解除本合同。

## 11. 分包

乙方使用的云服务提供商为阿里云，甲方已知悉并同意。除此之外，乙方将本合同项下任何服务分包给第三方或更换云服务提供商的，须事先取得甲方书面同意。

## 12. 合同解除

12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除本合同，并要求乙方退还已预收但未提供服务部分的费用。

12.2 合同解除或终止时，乙方应按第6.5条交付数据，并提供不少于30日的过渡期服务。

## 13. 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

## 14. 其他

本合同一式两份，双方各执一份，自双方盖章之日起生效。附件《功能清单》《门店清单》为本合同组成部分。

甲方（盖章）：杭州指尖花园美甲连锁管理有限公司　　乙方（盖章）：杭州约美云信息技术有限公司

日期：2025年__月__日
"""

# ---------------------------------------------------------------------------------------------------------------
# h182z04 — county 商务局, e-commerce public service platform annual O&M, 竞争性磋商, .pdf
H182Z04 = """T:青溪县电子商务公共服务平台运行维护服务合同
P:采购项目编号：QXCG-2025-CS-021（竞争性磋商）
P:甲方（采购人）：青溪县商务局
P:乙方（成交供应商）：金华数维信息服务有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就青溪县电子商务公共服务平台运行维护服务订立本合同。
H:第一条 服务内容
P:（一）平台运行维护：对青溪县电子商务公共服务平台（含门户网站、农村电商服务站点管理系统、农产品上行供应链管理系统、数据统计监测系统）及其服务器、网络设备、安全设备提供日常巡检、故障处理、备份恢复、版本维护和性能优化。
P:（二）安全运维：漏洞扫描、补丁管理、日志审计、网络安全等级保护测评整改配合，以及重大活动期间的安全值守。
P:（三）数据统计：按月汇总全县网络零售额、农产品网络销售额和服务站点运营数据，按上级商务部门要求及时报送。
P:（四）驻场服务：乙方派1名专职运维工程师在县电子商务公共服务中心驻场，工作日8:30至17:30在岗。
P:（五）培训技术支持：为全县电商企业和村级服务站点提供平台操作培训，全年不少于6场。
P:（六）服务期：自2025年7月1日起至2026年6月30日止。
P:（七）运维人员要求：驻场工程师应具备三年以上同类平台运维经验并持有相应的网络安全或系统运维资格证书；乙方另设二线技术支持团队，不少于3人，负责疑难故障处理和安全事件应急。人员变更须提前10个工作日书面报甲方同意。
P:（八）巡检要求：每日检查平台运行状态、服务器资源和备份任务；每周进行一次漏洞扫描和日志分析；每月进行一次全面巡检并形成巡检报告；每季度开展一次数据备份恢复演练。
H:第二条 合同价款
P:（一）合同总价为人民币肆拾壹万伍仟元整（¥415,000），其中：平台软硬件运行维护186,000元；安全运维及等保整改配合64,000元；数据统计与监测报送52,000元；驻场运维90,000元（月单价7,500元）；培训技术支持23,000元。
P:（二）合同总价包括人工、工具、差旅、单件价值2,000元以下的备品备件、税费等全部费用，服务期内不作调整。
H:第三条 付款方式
P:（一）本合同不设预付款。
P:（二）服务费按季度支付。每季度服务结束后，甲方依据第六条进行季度考核，考核合格后15个工作日内支付当季服务费103,750元；考核扣款从当季服务费中扣除。
P:（三）乙方应在每次付款前开具合法有效的发票。
H:第四条 服务交接
P:（一）乙方应在服务期开始前完成与原运维单位的交接，包括账号权限、资产清单、运维文档和备份数据的清点确认，交接完成后双方签署交接确认单。
P:（二）乙方未按时完成交接，或未按期完成甲方书面通知的安全整改事项的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
H:第五条 服务水平
P:（一）平台月度可用率不低于99.95%，计划内维护须提前3个工作日报甲方同意。
P:（二）故障响应：一级故障（门户或主要业务系统不可访问、数据丢失、发生安全事件）30分钟内响应，1小时内到场，3小时内恢复；二级故障（部分功能异常）1小时内响应，8小时内解决；三级故障（一般问题）2个工作日内解决。
P:（三）乙方每月5日前提交运维月报，每季度提交安全评估报告，重大活动前提交保障方案。
P:（四）“双十一”、年货节、农产品产销对接会等重大活动期间，乙方应安排专人7×24小时值守，并提前完成压力测试和应急预案演练。
H:第六条 考核与验收
P:（一）季度考核：甲方按附件《运维服务考核表》从平台可用率、故障处理时效、巡检完成情况、数据报送及时性和驻场出勤五个方面进行考核，满分100分，80分以上为合格。
P:（二）考核扣款：一级故障每超时1小时扣500元；月度可用率每低于约定值0.01个百分点扣300元；驻场人员无故缺勤每日扣400元；数据报送每迟报一日扣200元。
P:（三）年度验收：服务期满前15日内，甲方组织年度验收，标准为全年未发生因乙方原因导致的重大安全事件、四个季度考核均合格、运维文档和全部数据完整移交。年度验收合格后，甲方出具服务验收报告。
H:第七条 数据安全
P:（一）平台中的商户信息、站点信息、交易统计数据及系统日志均属于甲方，乙方仅可为履行本合同使用，不得复制、留存、向第三方提供或用于其他目的。
P:（二）乙方应落实网络安全等级保护第二级及以上的管理和技术措施。运维操作须通过甲方堡垒机进行并全程审计，远程运维须经甲方逐次批准。
P:（三）发生数据泄露、篡改、丢失或网络攻击等安全事件的，乙方应在1小时内报告甲方并立即处置。因乙方原因造成的安全事件，由乙方承担相应的赔偿责任。
H:第八条 保密
P:乙方对在服务中知悉的甲方工作秘密、商户经营信息和个人信息负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方应与驻场及运维人员签订保密承诺书。保密义务不因合同终止而解除。
H:第九条 知识产权
P:乙方在服务过程中为甲方编写的运维脚本、统计报表模板、运维文档及培训材料，知识产权归甲方所有，甲方可自行或委托第三方使用和修改。
H:第十条 违约责任
P:（一）乙方未达到第五条服务水平的，按第六条扣款；逾期交接或整改的，按第四条第（二）项支付违约金。
P:（二）乙方违反第七条或第八条约定的，应赔偿甲方因此遭受的损失。
P:（三）乙方在本合同项下承担的赔偿责任总额（含违约金和考核扣款）以合同总价的50%为限，但乙方故意或重大过失造成的损失除外。
H:第十一条 甲方义务
P:（一）甲方应向乙方提供履行本合同所需的机房出入、办公场地、网络接入及平台管理账号，并指定专人负责日常对接。
P:（二）甲方应及时审核乙方提交的运维月报、整改方案和变更申请，对需要甲方决定的事项在5个工作日内书面答复。
P:（三）甲方应按第三条约定支付服务费。
H:第十二条 分包
P:本项目不允许分包。乙方不得将本合同项下的服务转包或分包给第三方。
H:第十三条 合同解除
P:（一）乙方连续两个季度考核不合格，或发生因乙方原因导致的重大安全事件，或有其他严重违约行为经书面催告后10日内仍未纠正的，甲方有权解除本合同。
P:（二）合同解除时，乙方应配合完成交接，交接期间继续提供服务。
H:第十四条 服务期满
P:本合同服务期满自动终止，不自动续期。甲方如需继续采购运维服务，按政府采购有关规定另行办理。
H:第十五条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向青溪县人民法院提起诉讼。
H:第十六条 其他
P:本合同一式四份，甲方执三份，乙方执一份，自双方签字盖章之日起生效。竞争性磋商文件、响应文件及附件《运维服务考核表》为本合同组成部分。
P:甲方（盖章）：青溪县商务局　　乙方（盖章）：金华数维信息服务有限公司
P:签订日期：2025年__月__日
"""

# ---------------------------------------------------------------------------------------------------------------
# h182z05 — spicy-gluten-strip maker, MES licence + custom development, on the supplier's own template, .txt
H182Z05 = """智造云MES系统软件许可及实施合同
（智造云标准合同文本 V4.0）

合同编号：ZZY-MES-2025-0193
甲方（用户）：平江县湘辣源食品有限公司
乙方（服务商）：长沙智造云软件有限公司

鉴于甲方为调味面制品（辣条）生产企业，拥有挤压成型生产线6条，需要建设生产执行系统；乙方为智造云MES系统的开发商。双方经协商一致，订立本合同。

1. 合同标的
1.1 乙方向甲方提供智造云MES标准软件永久许可，模块包括：生产计划排程、工单管理、配方及投料管理、批次追溯、质量检验、设备管理和仓储管理。
1.2 定制开发：配料称重系统对接、挤压机及蒸煮线数据采集、金属检测机及X光异物检测机对接、一物一码追溯和食品安全追溯报表。
1.3 部署实施、数据采集硬件供货及用户培训。

2. 合同价款
2.1 合同总价为人民币壹佰壹拾玖万元整（¥1,190,000），明细如下：

  序号  项目                                              金额（元）
  1     MES标准软件永久许可（50个用户）                      560,000
  2     定制开发                                            386,000
  3     实施部署                                             94,000
  4     数据采集硬件（工控机8台、扫码枪30把、网关6台）         132,000
  5     培训                                                 18,000
        合计                                              1,190,000

2.2 合同总价不含甲方现场网络改造、服务器、操作系统及数据库费用，该等费用由甲方自行承担。

3. 付款方式
3.1 合同签订后5个工作日内，甲方支付合同总价的45%，即535,500元。
3.2 系统上线后5个工作日内，甲方支付合同总价的45%，即535,500元。
3.3 系统上线运行满60日后5个工作日内，甲方支付合同总价的10%，即119,000元。
3.4 甲方未按期付款的，乙方有权暂停实施和技术支持服务，工期相应顺延。

4. 实施与交付
4.1 乙方在收到首付款后开始实施，计划于首付款到账后120日内完成系统上线。因甲方原因（包括需求变更、现场条件不具备、基础数据未按时提供等）导致延误的，工期相应顺延。
4.2 甲方应指定项目负责人，按乙方要求提供生产工艺、配方结构、设备清单和编码规则等基础资料，并保证其真实、完整。甲方应负责挤压机、称重系统、检测设备原厂接口协议的开放和授权，因设备厂商不开放接口导致无法对接的，不视为乙方违约。
4.3 数据采集硬件由乙方在系统上线前30日内运抵甲方工厂，甲方签收后硬件毁损灭失的风险由甲方承担。硬件安装位置须符合食品车间卫生要求，由甲方提供安装条件。
4.4 培训：乙方在上线前为甲方关键用户提供不少于5天的集中培训，内容包括系统操作、基础数据维护和常见问题处理；上线后为车间班组长提供现场操作指导。培训教材由乙方提供，仅限甲方内部使用。
4.5 乙方可根据项目需要，将部分实施、开发或硬件安装工作交由其合作伙伴完成，无需另行征得甲方同意。乙方对合作伙伴的工作承担管理责任。

5. 验收
5.1 系统部署完成并上线运行后，即视为甲方验收合格。
5.2 甲方在系统上线后提出的修改意见，乙方将在免费维护期内酌情处理；超出原定范围的需求，按乙方人天单价另行收费。

6. 维护服务
6.1 乙方自系统上线之日起为甲方提供三个月的免费维护服务，包括缺陷修复、远程技术支持和使用咨询。
6.2 免费维护期内，一级故障（系统整体无法使用）乙方在10小时内响应；二级故障（部分功能无法使用）在2个工作日内响应；其他问题在后续版本中统一处理。乙方将尽力在合理时间内解决故障，但不对修复时间作出承诺。
6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，年度维护费按乙方当年公布的服务价格标准收取。
6.4 年度维护协议期满前30日甲方未书面提出终止的，协议按原期限自动续期；续期时乙方有权根据服务成本及市场情况调整年度维护费。
6.5 数据采集硬件的保修按原厂政策执行，乙方协助甲方联系原厂办理。

7. 知识产权
7.1 智造云MES标准软件以及乙方为本项目开发的全部定制功能、接口程序、报表模板和相关源代码、文档，其知识产权均归乙方所有。
7.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对软件进行修改、反向工程，也不得将软件提供给第三方使用。

8. 数据
8.1 甲方的生产经营数据归甲方所有。乙方对在实施和维护中接触的甲方数据采取访问控制、加密传输和操作日志等安全措施；因乙方原因导致甲方数据泄露的，乙方应在知悉后24小时内通知甲方，并承担相应的赔偿责任。
8.2 甲方同意，乙方可对其在服务过程中获取的甲方生产工艺参数、设备运行数据和质量检验数据进行脱敏处理后，用于乙方食品行业工艺模型的训练、产品改进和行业分析。

9. 保密
双方对在合作中知悉的对方技术秘密和经营信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内有效。

10. 违约责任
10.1 因乙方原因导致系统上线延误的，每逾期一日，乙方按合同总价的万分之一向甲方支付违约金，违约金总额不超过合同总价的2%。
10.2 任何情况下，乙方均不承担甲方的间接损失、利润损失、停产损失或商誉损失。
10.3 因甲方提供的基础资料错误或甲方擅自修改系统配置导致的问题，由甲方自行承担。
10.4 因甲方网络、服务器、操作系统或第三方设备故障导致系统无法正常运行的，乙方不承担责任，但应在甲方要求时提供有偿技术协助。

11. 合同解除
11.1 任何一方严重违约，经对方书面通知后30日内仍未纠正的，守约方有权解除本合同。
11.2 合同解除后，双方按实际完成的工作量结算；首付款中已用于采购软件许可和硬件的部分不予退还。

12. 争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交长沙仲裁委员会仲裁。

13. 其他
13.1 本合同采用乙方标准文本，双方确认已充分阅读并理解全部条款。
13.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：平江县湘辣源食品有限公司　　乙方（盖章）：长沙智造云软件有限公司
日期：2025年__月__日
"""

# ---------------------------------------------------------------------------------------------------------------
# h182e01 — Putian shoe-mould maker, CAM perpetual licence + configuration + support, Irish vendor, .docx
H182E01 = """T:Software Licence, Configuration and Support Agreement
P:Agreement No. SCS-CN-2025-114
P:THIS AGREEMENT is made on the ____ day of ______________ 2025
P:BETWEEN:
P:(1) SALTEE CAM SYSTEMS LIMITED, a private company limited by shares incorporated in Ireland, whose registered office is at The Boathouse, Great Saltee, Kilmore Quay, County Wexford, Ireland (the "Licensor"); and
P:(2) PUTIAN HONGXING SHOE MOULD CO., LTD., a company established in the People's Republic of China, whose registered address is in Hanjiang District, Putian, Fujian Province (the "Licensee").
P:WHEREAS the Licensor develops SolePath CAM, an application for programming the CNC machining of footwear sole moulds; the Licensee manufactures moulds for EVA, PU and rubber soles and wishes to licence SolePath CAM and have it configured for its machining centres; and, at the Licensee's request, all prices are in Renminbi (CNY).
P:NOW IT IS HEREBY AGREED as follows:
H:Clause 1 Definitions
P:In this Agreement: "Acceptance" means the issue of the certificate under Clause 6.2; "Business Day" means a working day in the PRC; "Configuration Deliverables" means the post-processors, machining templates, tool libraries, macros and documentation prepared by the Licensor specifically for the Licensee; "Contract Price" means the price in Clause 3.1; "Delivery" means delivery of licence keys and installation of the Software on all workstations in Schedule 1; "Licensee Data" means all mould designs, CAD models, NC programs, brand artwork and other data of the Licensee or its customers; "Software" means SolePath CAM version 9 and the 5-Axis Sole module, with their documentation.
H:Clause 2 Licence
P:2.1 Subject to payment of the Contract Price, the Licensor grants the Licensee a perpetual, non-exclusive, non-transferable licence to use the Software on up to eight (8) workstations at its premises in Putian for its business.
P:2.2 The Licensee may move a licence to a replacement workstation on notice and keep one back-up copy. It shall not reverse engineer the Software except as permitted by law.
H:Clause 3 Price
P:3.1 The Contract Price is CNY 1,410,000, inclusive of PRC value-added tax, withholding tax and all other taxes, made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|SolePath CAM perpetual licence (workstation)|8|118,000|944,000
TB:2|5-Axis Sole module perpetual licence (workstation)|4|46,500|186,000
TB:|Licence subtotal|||1,130,000
TB:3|Post-processor configuration for 12 CNC machining centres|1|168,000|168,000
TB:4|Machining templates and tool library configuration|1|74,000|74,000
TB:5|On-site training (6 days, up to 16 trainees)|1|38,000|38,000
TB:|Contract Price|||1,410,000
P:3.2 The Contract Price is fixed and includes travel costs. Support after the Warranty Period is not included and is dealt with in Clause 9.
H:Clause 4 Payment
P:4.1 The Licensee shall pay: (a) 10% of the Contract Price (CNY 141,000) within fifteen (15) Business Days after signature; (b) 45% (CNY 634,500) within fifteen (15) Business Days after Delivery; and (c) the balance of 45% (CNY 634,500) within fifteen (15) Business Days after Acceptance.
P:4.2 Payment is by bank transfer in CNY against the Licensor's invoice, accompanied by the documents the Licensee needs for foreign-exchange remittance and tax filing.
H:Clause 5 Delivery and Configuration
P:5.1 The Licensor shall effect Delivery within ten (10) Business Days after signature, remotely in sessions opened and supervised by the Licensee or on site.
P:5.2 The Licensor shall configure post-processors for the twelve (12) machining centres in Schedule 1, build templates for the Licensee's standard sole-mould families, load its tool library and deliver the training, so that Acceptance is achieved no later than ninety (90) days after signature. The Licensee shall provide machine time for test cuts.
H:Clause 6 Acceptance
P:6.1 On completion the parties shall carry out the acceptance tests in Schedule 2, which include: (a) for each machining centre, NC programs for three test moulds chosen by the Licensee run without alarm or manual editing; (b) the test moulds, measured on the Licensee's coordinate measuring machine, are within plus or minus 0.02 mm of the CAD model on the sole pattern and parting line; (c) a trained Licensee programmer completes the reference two-colour sole mould with the templates in no more than six (6) hours; and (d) the tool library and templates are complete.
P:6.2 If the tests are passed, the Licensee shall issue an acceptance certificate within five (5) Business Days. If a test fails, the Licensor shall correct the failure within ten (10) Business Days and the test shall be repeated; if it fails a second time, the Licensee may reject the Software and terminate this Agreement with a refund of all sums paid.
P:6.3 Delivery, installation, production use and payment under Clause 4.1(b) do not constitute Acceptance.
H:Clause 7 Delay
P:7.1 If Acceptance is not achieved by the date in Clause 5.2 for reasons not attributable to the Licensee, the Licensor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The parties agree that this is a genuine pre-estimate of loss and not a penalty. When the maximum is reached the Licensee may terminate under Clause 16.
H:Clause 8 Warranty
P:8.1 The Licensor warrants that for ninety (90) days from Acceptance (the "Warranty Period") the Software will perform materially in accordance with its documentation and the Configuration Deliverables will perform as in the acceptance tests. During the Warranty Period the Licensor shall correct defects free of charge, with the service levels in Clause 10.
P:8.2 Save as expressly set out in this Agreement, all terms implied by statute or common law, including under the Sale of Goods Acts 1893 and 1980, are excluded to the fullest extent permitted by law.
H:Clause 9 Support after the Warranty Period
P:9.1 After the Warranty Period the Licensee may order annual support (remote assistance, defect corrections and new versions) by a separate purchase order for each support year. Support is not renewed automatically.
P:9.2 Support is charged at the Licensor's standard support rates in force on the first day of each support year, as published in its price list, which the Licensor may revise from time to time.
H:Clause 10 Service Levels
P:10.1 During the Warranty Period and any support year the Licensor shall run a support line with Mandarin-speaking engineers and respond as follows: Severity 1 (the Software cannot be started, or a post-processor produces incorrect tool paths so that a machine is stopped) within two (2) hours at any time, with a workaround within one (1) Business Day; Severity 2 (a function is impaired and a workaround exists) within eight (8) business hours; Severity 3 (questions) within two (2) Business Days.
P:10.2 For each hour by which the Severity 1 response time is exceeded the Licensor shall pay CNY 800, and for each Business Day by which the workaround time is exceeded CNY 2,000, which the Licensee may deduct from sums due.
H:Clause 11 Intellectual Property
P:11.1 The Software remains the property of the Licensor and its licensors.
P:11.2 All intellectual property rights in the Configuration Deliverables are hereby assigned to the Licensee with effect from their creation. The Licensor shall deliver them in editable form, and the Licensee may use, modify and license them to its affiliates and contractors without further payment.
H:Clause 12 Licensee Data and Security
P:12.1 Licensee Data remains the property of the Licensee or its customers, and the Licensor shall use it only to perform this Agreement.
P:12.2 The Licensor's engineers shall access the Licensee's systems only in remote sessions opened and recorded by the Licensee, and shall not copy mould designs or other Licensee Data outside the Licensee's network except with written consent for a specific incident, deleting the copy when the incident is closed.
P:12.3 The Licensor shall maintain appropriate technical and organisational security measures, notify the Licensee within twenty-four (24) hours after becoming aware of any unauthorised access to, or loss or disclosure of, Licensee Data, contain it, and be liable for the resulting losses, including claims by the Licensee's customers. It shall comply with the PRC Data Security Law and Personal Information Protection Law and shall not transfer Licensee Data out of the PRC.
H:Clause 13 Confidentiality
P:13.1 Each party shall keep confidential the other party's non-public information received under this Agreement, use it only for this Agreement and not disclose it to any third party without prior written consent, for five (5) years after termination or expiry.
H:Clause 14 Liability
P:14.1 Nothing in this Agreement limits liability for death or personal injury caused by negligence, for fraud, or for breach of Clause 12 or Clause 13.
P:14.2 Subject to Clause 14.1, the Licensor's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort (including negligence) or otherwise, shall not exceed 125% of the Contract Price. Neither party is liable for indirect or consequential loss.
H:Clause 15 Subcontracting
P:15.1 The Licensor shall not subcontract any of its obligations without the Licensee's prior written consent and remains responsible for any approved subcontractor as for itself.
H:Clause 16 Termination
P:16.1 Either party may terminate this Agreement by written notice if the other party commits a material breach which, if capable of remedy, has not been remedied within thirty (30) days after written notice. The Licensee may also terminate under Clause 6.2 or Clause 7.1.
P:16.2 On termination the Licensor shall delete all Licensee Data in its possession.
H:Clause 17 Governing Law and Jurisdiction
P:17.1 This Agreement and any non-contractual obligations arising out of or in connection with it shall be governed by and construed in accordance with the laws of Ireland.
P:17.2 The courts of Ireland shall have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.
H:Clause 18 General
P:18.1 This Agreement with its Schedules is the entire agreement of the parties on its subject matter and may be amended only in writing signed by both parties. It is made in English; any Chinese translation is for convenience only.
P:Schedule 1: Workstations and CNC machining centres. Schedule 2: Configuration scope, milestones and acceptance tests.
P:SIGNED for and on behalf of SALTEE CAM SYSTEMS LIMITED: ____________________ Director
P:SIGNED for and on behalf of PUTIAN HONGXING SHOE MOULD CO., LTD.: ____________________ Legal Representative
"""

# ---------------------------------------------------------------------------------------------------------------
# h182e02 — Dali cycling lodge, reservation SaaS, Order Form + General Terms, German vendor (§ N (1)), .md
H182E02 = """# Düne Stay Cloud — Order Form and General Terms

## Part A — Order Form No. DSC-2025-0871

**Vendor:** Düne Software GmbH, Am Südhafen 3, 27498 Helgoland, Germany, registered in the commercial register of the Local Court (Amtsgericht) of Pinneberg, represented by its managing directors ("Vendor")

**Customer:** Dali Cangshan Cycling Lodge Co., Ltd., Xiaguan, Dali, Yunnan Province, People's Republic of China ("Customer")

**Property:** Cangshan Cycling Lodge, 42 rooms, bicycle fleet of 60 road and gravel bikes, guided rides around Erhai Lake

**Services:** Düne Stay Cloud property management system (PMS), booking engine for the Customer's website and WeChat mini program, channel manager, guest messaging, bicycle rental and guided-ride module, reporting.

**Subscription Term:** 36 months from the Go-Live Date (§ 11).

**Target Go-Live Date:** 45 calendar days after signature of this Order Form.

**Fees** (in CNY, as requested by the Customer; inclusive of PRC value-added tax and any withholding tax):

| Item | Basis | Amount (CNY) |
|---|---|---|
| Platform subscription (PMS, booking engine, guest messaging, rental module), 42 rooms | CNY 8,600 per month × 36 | 309,600 |
| Channel manager (Ctrip, Meituan, Fliggy, Booking.com) | CNY 1,400 per month × 36 | 50,400 |
| Onboarding, configuration and data migration | one-time | 46,000 |
| **Total contract value** | | **406,000** |

**Payment:** Monthly fees are invoiced monthly in arrears and are payable within 30 days after invoice. The onboarding fee is invoiced after Go-Live Acceptance (§ 3 (2)). No fees are payable in advance.

**Hosting:** Alibaba Cloud, Shanghai region (mainland China).

This Order Form and the General Terms in Part B form the contract. In case of conflict, this Order Form prevails.

## Part B — General Terms

### § 1 Scope

(1) These General Terms govern the provision of Düne Stay Cloud to the Customer under the Order Form.

(2) Terms and conditions of the Customer apply only if the Vendor has expressly agreed to them in writing.

### § 2 Services

(1) The Vendor provides the platform as software-as-a-service over the internet. The agreed functions are described in the service description attached to the Order Form.

(2) The Vendor may further develop the platform, provided that the agreed functions are not materially reduced. The Vendor shall announce changes that affect the Customer's daily operation at least 14 days in advance.

(3) The Customer receives a non-exclusive, non-transferable right, limited to the Subscription Term, to use the platform for the property named in the Order Form.

(4) The Customer is responsible for its own internet access, front-desk devices and payment terminals, for the accuracy of the rates and availability it enters, and for keeping its staff passwords secret. It shall inform the Vendor without delay of any suspected misuse of its accounts.

### § 3 Onboarding and Go-Live

(1) The Vendor sets up the platform for the Customer: rooms, rates and packages (including cycling packages, bicycle rental and guided rides), booking engine on the Customer's website and WeChat mini program, channel connections, staff accounts, and migration of guest profiles and future reservations from the Customer's current system.

(2) Go-Live Acceptance requires that (a) test bookings made in each connected channel appear in the PMS within 60 seconds and availability is updated in every channel within 60 seconds; (b) no overbooking occurs during a 7-day parallel run; (c) every migrated future reservation is reconciled one by one with the Customer's current system; and (d) the Customer's staff have been trained. The Customer confirms Go-Live Acceptance in writing within 3 working days after the tests have been passed. Going live or using the platform does not in itself constitute acceptance.

(3) The Customer provides an export of its current reservation data and guest profiles, its rate structure and channel contracts within 5 working days after signature, and names a project contact at the lodge.

(4) If Go-Live Acceptance is not achieved by the target date for reasons for which the Vendor is responsible, the Vendor shall pay a contractual penalty of CNY 300 for each calendar day of delay, up to CNY 20,000 in total. The penalty is credited against any further damages.

### § 4 Fees and Payment

(1) The fees are set out in the Order Form. They are fixed for the Subscription Term.

(2) Invoices are issued in CNY. The Vendor provides the documents the Customer needs for foreign-exchange payment and tax filing.

(3) The Customer may set off only undisputed or legally established claims.

(4) If the Customer is in arrears with more than two monthly fees, the Vendor may suspend access to the platform after a written warning giving at least 14 days to pay. Reservations already confirmed remain visible to the Customer during any suspension.

### § 5 Service Levels

(1) The Vendor shall make the platform available at least 99.95 % of each calendar month, measured at the exit of the hosting data centre. Scheduled maintenance is excluded if it is announced 48 hours in advance and carried out between 01:00 and 05:00 China Standard Time.

(2) The Vendor provides support in Chinese and English. Priority 1 incidents (PMS or booking engine unavailable, or channel synchronisation stopped) are responded to within 30 minutes, 24 hours a day, with a restoration target of 3 hours. Priority 2 incidents are responded to within 2 hours and resolved by the next working day. Priority 3 requests are answered within 2 working days.

(3) The Vendor reports monthly availability and Priority 1 incidents to the Customer by the 10th day of the following month.

(4) Failure to meet the service levels in paragraphs (1) and (2) does not entitle the Customer to service credits, fee reductions or contractual penalties.

### § 6 Customer Data

(1) All guest data, reservations, rates, messages and other data that the Customer enters or that are generated for it in the platform ("Customer Data") belong to the Customer. The Vendor processes Customer Data only on the Customer's documented instructions and solely to provide the services.

(2) Customer Data is stored and processed only in mainland China. The Vendor does not transfer Customer Data abroad.

(3) The Vendor maintains appropriate technical and organisational measures, in particular encryption in transit and at rest, role-based access, multi-factor authentication for administrators, logging of administrative access and daily backups retained for 30 days. The hosting environment holds a level-3 filing under the Multi-Level Protection Scheme.

(4) The Vendor shall notify the Customer of any security incident affecting Customer Data without undue delay and in any case within 24 hours, support the Customer in meeting its obligations under the Personal Information Protection Law, and is liable for damage caused by its breach of this § 6.

(5) Within 30 days after the end of the contract the Vendor hands over all Customer Data in CSV format and then deletes it, confirming the deletion in writing.

### § 7 Subcontractors

(1) The Vendor may use subcontractors, including hosting providers, SMS and messaging gateways and local support partners, at its own discretion and without the Customer's consent. The Vendor publishes the current list of subcontractors on its website.

(2) The Vendor remains responsible for its subcontractors as for its own conduct.

### § 8 Rights in Work Results

(1) All rights in the platform remain with the Vendor.

(2) Customer-specific configurations, rate plans, package descriptions, booking-page designs, message templates and reports created for the Customer belong to the Customer. The Customer may use, edit and have third parties use them without restriction, also after the end of the contract.

### § 9 Confidentiality

(1) Each party shall keep confidential all information of the other party that is designated as confidential or is evidently confidential, including business figures, prices and guest information, and shall use it only for the purposes of this contract.

(2) This obligation continues for three years after the end of the contract.

### § 10 Liability

(1) The Vendor is liable without limitation for intent and gross negligence and for injury to life, body or health.

(2) In other cases the Vendor is liable only for breach of essential contractual obligations (obligations whose fulfilment makes proper performance of the contract possible and on which the Customer may regularly rely), and only for the foreseeable damage typical for this type of contract. In these cases the Vendor's total liability is limited to the fees paid by the Customer in the nine (9) months preceding the event giving rise to liability.

(3) Paragraph (2) does not apply to the Vendor's liability under § 6 (4).

### § 11 Term, Renewal and Termination

(1) The Subscription Term begins on the Go-Live Date and runs for 36 months.

(2) The contract then renews automatically for successive periods of one year unless either party terminates it with three months' notice to the end of the current term. On renewal the fees stated in the Order Form continue to apply unchanged; the Vendor shall not increase them.

(3) The right of either party to terminate for good cause without notice remains unaffected. Good cause for the Customer exists in particular if the Vendor materially breaches the contract and does not remedy the breach within 14 days after written notice.

(4) Notice of termination must be given in writing.

### § 12 Governing Law and Disputes

(1) At the Customer's request, this contract is governed by the laws of the People's Republic of China.

(2) Disputes shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.

### § 13 Final Provisions

(1) Amendments and supplements must be made in writing.

(2) Should any provision be or become invalid, the validity of the remaining provisions is not affected.

(3) This contract is made in English. A Chinese translation is for information only.

For the Vendor: ____________________ Managing Director, Helgoland, date

For the Customer: ____________________ Legal Representative, Dali, date
"""

# ---------------------------------------------------------------------------------------------------------------
# h182e03 — Xiapu kelp-seedling nursery, light sensors + maintenance, French integrator, buyer's paper, .pdf
H182E03 = """T:Supply, Installation and Maintenance Contract for Light and Water Monitoring Equipment
P:Contract No. XPHD-2025-EQ-09
P:Between: Xiapu Haidai Kelp Seedling Co., Ltd., a company established in the People's Republic of China, registered in Xiapu County, Ningde, Fujian Province, hereinafter the "Buyer",
P:And: Béniguet Instruments SARL, a French limited liability company with registered office on the Île de Béniguet, 29217 Le Conquet, France, acting through its service office in Fuzhou, hereinafter the "Supplier",
P:hereinafter together the "Parties".
H:Preamble
P:The Buyer operates indoor seedling halls in which kelp (Saccharina japonica) gametophytes and young sporophytes are raised on seed strings under controlled light before out-planting at sea. To control the light regime and water conditions of its 32 culture tanks, the Buyer has decided to install a monitoring system. This contract is made on the Buyer's standard form; at the Buyer's request all prices are in Renminbi (CNY). The Annexes form an integral part of the contract.
H:Art. 1 (Object)
P:1.1 The Supplier shall supply, install, calibrate and commission the light and water monitoring system described in Annex 1, integrate it with the Buyer's existing LED lighting controllers, train the Buyer's staff and maintain the system as provided in Art. 9.
P:1.2 The system consists of underwater PAR quantum sensors, spectral light sensors, temperature and salinity probes, LoRaWAN gateways with data loggers, and monitoring software installed on the Buyer's server.
H:Art. 2 (Price)
P:2.1 The contract price is CNY 1,020,000, inclusive of value-added tax, customs duties, transport, insurance and all other costs of the Supplier, as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Underwater PAR quantum sensors|64|6,850|438,400
TB:Spectral light sensors|8|21,500|172,000
TB:Temperature and salinity probes|32|3,900|124,800
TB:LoRaWAN gateways with data loggers|6|14,200|85,200
TB:Monitoring software, perpetual licence|1|96,000|96,000
TB:Subtotal equipment and licence|||916,400
TB:Installation, calibration and integration|1|88,600|88,600
TB:Training|1|15,000|15,000
TB:Total contract price|||1,020,000
P:2.2 The price is firm and not subject to revision.
H:Art. 3 (Payment)
P:3.1 The Buyer shall pay: (a) 10% of the contract price, CNY 102,000, as an advance within 15 working days after receiving the Supplier's invoice and an advance-payment bank guarantee of the same amount issued by a bank in mainland China; (b) 55% of the contract price, CNY 561,000, within 15 working days after installation of all equipment at the Buyer's site, confirmed by a signed installation record; (c) the balance of 35%, CNY 357,000, within 15 working days after Final Acceptance under Art. 6.
P:3.2 The installation record confirms quantities and installation only and is not acceptance of quality. Payments are made by bank transfer in CNY against valid invoices.
H:Art. 4 (Delivery and installation)
P:4.1 The Supplier shall deliver all equipment to the Buyer's seedling halls in Xiapu within 60 days after signature and complete installation within 20 days after delivery, outside the Buyer's seed-string collection period unless the Buyer agrees otherwise.
P:4.2 All wetted parts shall be suitable for continuous immersion in seawater and shall not release substances harmful to kelp gametophytes. The Supplier shall provide material certificates.
P:4.3 Risk passes to the Buyer on signature of the installation record.
H:Art. 5 (Delay)
P:5.1 If the Supplier is late in delivery or installation for reasons not attributable to the Buyer, it shall pay delay damages of 0.08% of the contract price for each day of delay, up to 8% of the contract price.
P:5.2 If the delay exceeds 45 days, the Buyer may terminate the contract under Art. 15 and claim refund of all sums paid and compensation.
H:Art. 6 (Acceptance)
P:6.1 After installation the system shall run for 21 consecutive days. Final Acceptance requires that: (a) each PAR sensor reads within plus or minus 5 per cent of the reference instrument brought by the Supplier, with a calibration certificate traceable to a national standard; (b) each sensor delivers at least 95 readings out of each 96 scheduled per day, with no sensor silent for more than one hour; (c) the lighting controllers of all 32 tanks receive light data and apply the Buyer's light programme without manual intervention; (d) alarms for light, temperature and salinity outside the Buyer's set points reach the duty staff by SMS within two minutes; and (e) the documentation and training under Art. 8 have been completed.
P:6.2 If the criteria are met, the Parties sign the Final Acceptance certificate within 5 working days. Otherwise the Supplier shall remedy the defects within 15 days and the 21-day run shall be repeated. If the second run fails, the Buyer may reject the system and terminate the contract.
P:6.3 Neither installation, nor use of the system in production, nor any payment constitutes Final Acceptance.
H:Art. 7 (Warranty)
P:7.1 The Supplier warrants the equipment and software for twenty-four (24) months from Final Acceptance. During the warranty period it shall repair or replace defective equipment free of charge, including sensors damaged by biofouling or corrosion in normal use, recalibrate all PAR sensors once a year and provide software updates.
P:7.2 The Supplier shall keep in Fuzhou a stock of at least six spare PAR sensors, four temperature and salinity probes and one gateway.
H:Art. 8 (Documentation and training)
P:8.1 The Supplier shall deliver operating and maintenance manuals in Chinese, wiring diagrams, calibration certificates and the configuration of the monitoring software.
P:8.2 The Supplier shall train up to 10 of the Buyer's technicians on site for three days, covering sensor cleaning, replacement, data export and alarm settings.
H:Art. 9 (Maintenance and service levels)
P:9.1 During the warranty period, and during any maintenance year under Art. 10, the Supplier shall provide maintenance according to the following service levels. Severity 1 (loss of light data from more than eight sensors or from any gateway, or failure of the light feed to the lighting controllers): response within one hour, 24 hours a day, and an engineer on site within 24 hours. Severity 2 (failure of individual sensors): response within 8 working hours and repair within three working days. Severity 3 (other requests): within five working days.
P:9.2 For each hour by which the Supplier exceeds the Severity 1 response or on-site time, it shall pay CNY 500, which the Buyer may deduct from any amount due, including the maintenance fee.
P:9.3 The Supplier shall carry out a preventive maintenance visit before each seedling season, cleaning and checking all sensors.
H:Art. 10 (Maintenance after the warranty)
P:10.1 After the warranty period the Supplier shall, at the Buyer's option, provide maintenance for three further years, with the same scope and service levels as during the warranty.
P:10.2 The annual maintenance fee is 9.5% of the subtotal for equipment and licence, that is CNY 87,058 per year, fixed for the three years and payable quarterly in arrears.
P:10.3 Maintenance is ordered in writing for each year; there is no automatic renewal.
H:Art. 11 (Intellectual property)
P:11.1 The monitoring software remains the property of its publisher; the Buyer receives a perpetual licence for its site.
P:11.2 The light-programme interfaces, dashboards, alarm rules, configuration files and reports produced for the Buyer belong to the Buyer, which may use, modify and have them modified by third parties freely.
H:Art. 12 (Data)
P:12.1 All measurement data, light programmes, production records and system logs belong to the Buyer and may be used by the Supplier only to perform this contract.
P:12.2 The data is stored on the Buyer's server in Xiapu. The Supplier may access the system remotely only with the Buyer's approval for each session, through an encrypted connection, and shall not copy data out of the Buyer's system.
P:12.3 The Supplier shall protect the system against unauthorised access in accordance with the PRC Cybersecurity Law and Data Security Law, shall report any security incident to the Buyer within 12 hours, and shall compensate the Buyer for losses caused by its breach of this article.
H:Art. 13 (Confidentiality)
P:The Supplier shall keep confidential the Buyer's light programmes, seedling yields, production methods and other non-public information, use them only for this contract and not disclose them to third parties without the Buyer's written consent, during the contract and for five years thereafter.
H:Art. 14 (Subcontracting)
P:The Supplier shall not subcontract any part of the contract without the Buyer's prior written consent and remains fully responsible for any subcontractor.
H:Art. 15 (Termination)
P:15.1 The Buyer may terminate the contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, in the cases of Art. 5.2 and Art. 6.2, or if the Supplier becomes insolvent.
P:15.2 In case of termination for the Supplier's breach, the Supplier shall refund the sums received for undelivered or rejected items and compensate the Buyer's losses.
H:Art. 16 (Force majeure)
P:Neither Party is liable for failure caused by force majeure, including typhoons, provided it notifies the other Party within 3 days and takes reasonable steps to limit the consequences.
H:Art. 17 (Governing law and disputes)
P:17.1 This contract is governed by the laws of the People's Republic of China.
P:17.2 Disputes shall be submitted to the Fuzhou Arbitration Commission for arbitration in Fuzhou.
H:Art. 18 (Final provisions)
P:18.1 This contract enters into force on signature by both Parties. It is made in Chinese and English; both texts are equally authentic.
P:18.2 Annexes: Annex 1 technical specification and equipment list; Annex 2 site plan of the seedling halls; Annex 3 acceptance test protocol.
P:For the Buyer: ____________________ (seal)    For the Supplier: ____________________ Gérant
"""

# ---------------------------------------------------------------------------------------------------------------
# h182e04 — Changzhou robotics start-up, managed IT + desktop support, Scottish provider ("N. HEADING"), .txt
H182E04 = """MANAGED IT SERVICES AGREEMENT

between

VAILA MANAGED SERVICES LIMITED, a company incorporated under the Companies Acts and registered in Scotland, having its registered office at Vaila Hall, Isle of Vaila, Walls, Shetland ZE2 9PS, Scotland (the "Provider")

and

CHANGZHOU XINLING ROBOTICS TECHNOLOGY CO., LTD., a company established in the People's Republic of China, having its registered address in Wujin District, Changzhou, Jiangsu Province (the "Customer")

WHEREAS the Customer, a developer of collaborative robot arms with about 85 staff, wishes to outsource the operation and support of its IT environment, and the Provider, acting through its wholly-owned subsidiary Vaila Managed Services (Suzhou) Co., Ltd. (the "Local Affiliate"), is willing to provide those services; and at the Customer's request all charges are stated in Renminbi (CNY);

NOW THEREFORE the parties have agreed and do hereby agree as follows:

1. DEFINITIONS

1.1 In this Agreement: "Charges" means the Transition Charge and the Monthly Charges in Schedule Part 2; "Customer Data" means all data of the Customer, including source code, robot designs, test records and personal information of employees, held in or processed through the Customer's systems; "Incident" means an unplanned interruption or reduction in quality of a Service; "Service Commencement Date" means the date of the Transition Acceptance Certificate; "Services" means the services in Clause 3 and Schedule Part 1; "Term" has the meaning in Clause 14.1.

1.2 Headings are for convenience only. References to a Clause or Schedule Part are to this Agreement.

2. TRANSITION

2.1 Within six weeks after signature the Provider shall complete the transition of the Customer's IT environment into its management, following the transition plan in Schedule Part 3.

2.2 Transition is complete when the Customer issues a Transition Acceptance Certificate, which it shall do within five working days after the Provider demonstrates that: (a) the asset inventory of all laptops, workstations, servers, network devices and software licences has been reconciled with the Customer's records; (b) all end-user devices are enrolled in endpoint management, with encryption and patching policies applied; (c) a restore test of the file server, the source-code repository and the ERP database has succeeded; (d) the service desk has handled test tickets in Chinese and English through phone, e-mail and WeChat Work; and (e) the runbooks for the Customer's environment have been approved by the Customer.

2.3 Starting the Services, or the Customer's use of them, before the Transition Acceptance Certificate does not amount to acceptance.

2.4 If transition is not complete by the date in Clause 2.1 for reasons attributable to the Provider, the Provider shall pay liquidated damages of CNY 1,200 for each day of delay, up to CNY 60,000. The parties agree that this sum is a genuine pre-estimate of loss.

3. THE SERVICES

3.1 From the Service Commencement Date the Provider shall provide: (a) a service desk from 08:00 to 20:00 on working days and an on-call line at all other times; (b) desktop support for up to 95 users, including a dedicated on-site engineer at the Customer's premises in Changzhou three days a week; (c) management of servers, storage, backup and the office and laboratory networks; (d) endpoint management, patching and anti-malware; (e) joiner, mover and leaver processing; (f) IT asset and licence management; and (g) management of the Customer's third-party IT suppliers.

3.2 The Provider shall report monthly on service levels, tickets, security events and recommended improvements, and meet the Customer quarterly for a service review.

4. SERVICE LEVELS AND SERVICE CREDITS

4.1 The Provider shall meet the following response and resolution times:
  Priority 1 (office or laboratory network down, a server down, or the source-code repository unavailable): response within 30 minutes at any time, engineer on site within 2 hours during working hours, resolution target 6 hours;
  Priority 2 (a service degraded for a group of users): response within 1 hour, resolution within 1 working day;
  Priority 3 (a single user affected): response within 2 working hours, resolution within 2 working days;
  Priority 4 (requests): within 3 working days.

4.2 The managed core network and servers shall be available at least 99.98 per cent of each month, excluding maintenance agreed in advance with the Customer.

4.3 If a service level is missed, the Provider shall credit the Customer: 3 per cent of the Monthly Charge for each Priority 1 Incident not responded to or resolved in time; 5 per cent if availability in a month is below the level in Clause 4.2, and 10 per cent if it is below 99.5 per cent. Service credits in any month shall not exceed 20 per cent of the Monthly Charge and are deducted from the next invoice.

4.4 If the Provider misses the Priority 1 service levels in three months of any six-month period, the Customer may terminate this Agreement under Clause 14.3.

5. CHARGES AND PAYMENT

5.1 The Charges are set out in Schedule Part 2. The Transition Charge is CNY 58,000. The Monthly Charge is CNY 46,500 for up to 95 users; the total Charges for the Term are CNY 1,174,000.

5.2 The Transition Charge is invoiced after the Transition Acceptance Certificate. Monthly Charges are invoiced monthly in arrears. No amount is payable in advance.

5.3 Invoices are payable within 30 days. The Local Affiliate issues VAT invoices (fapiao) on behalf of the Provider. The Charges are fixed for the Term.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to perform the Services and on the Customer's instructions.

6.2 Customer Data shall remain on the Customer's systems in Changzhou and in the Customer's cloud tenancy in mainland China. Provider personnel shall access them only through the Customer's privileged-access management system, with multi-factor authentication and session recording, and shall not copy Customer Data to any Provider system or outside mainland China.

6.3 The Provider shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law, and with the Customer's information security policy.

6.4 The Provider shall notify the Customer within 12 hours after becoming aware of any actual or suspected security incident affecting Customer Data, shall take immediate steps to contain it, and shall be liable for the losses caused by its breach of this Clause 6.

7. INTELLECTUAL PROPERTY

7.1 Documentation, runbooks, scripts, configurations and reports created by the Provider for the Customer under this Agreement shall belong to the Customer, which may use, modify and pass them to any successor provider.

7.2 The Provider's pre-existing tools remain the Provider's property; the Provider grants the Customer a free licence to use them to the extent they are embedded in the deliverables.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential all information disclosed to it by the other party in connection with this Agreement, in particular the Customer's product designs and source code, and shall not disclose it to any third party without the other party's prior written consent.

8.2 This Clause survives termination for five years, and without limit of time for the Customer's trade secrets.

9. PERSONNEL

9.1 The Provider shall assign suitably qualified personnel, vetted in accordance with the Customer's security policy. The on-site engineer shall not be replaced without reasonable notice to the Customer, save in case of illness or departure.

9.2 Provider personnel on the Customer's premises shall comply with the Customer's site, safety and laboratory rules.

10. SUBCONTRACTING

10.1 The Customer approves, by signing this Agreement, the performance of the on-site and service desk services by the Local Affiliate. The Provider shall not subcontract any other part of the Services without the Customer's prior written consent.

10.2 The Provider remains responsible for the acts and omissions of the Local Affiliate and any approved subcontractor as for its own.

11. LIABILITY

11.1 Nothing in this Agreement limits either party's liability for death or personal injury caused by negligence, for fraud, or for breach of Clause 6 or Clause 8.

11.2 Subject to Clause 11.1, the total liability of the Provider under or in connection with this Agreement, whether in contract, delict or otherwise, shall not exceed 150 per cent of the total Charges for the Term.

11.3 Neither party shall be liable for indirect or consequential loss.

12. INSURANCE

The Provider shall maintain professional indemnity insurance and public liability insurance with reputable insurers for the Term and provide evidence on request.

13. EXIT

13.1 On expiry or termination the Provider shall, for up to 60 days, co-operate with the Customer and any successor provider, hand over all documentation, credentials and configurations, and return or securely delete any Customer Data in its possession, confirming this in writing.

14. TERM AND TERMINATION

14.1 This Agreement commences on signature and the Services continue for 24 months from the Service Commencement Date (the "Term").

14.2 This Agreement does not renew automatically. Any extension shall be agreed in writing, including the Charges for the extension.

14.3 The Customer may terminate this Agreement by written notice with immediate effect if the Provider commits a material breach which is not remedied within 20 days after written notice, or under Clause 4.4. Either party may terminate if the other becomes insolvent.

15. GOVERNING LAW AND JURISDICTION

15.1 This Agreement shall be governed by and construed in accordance with the law of Scotland.

15.2 The parties prorogate the exclusive jurisdiction of the Court of Session in Edinburgh.

16. GENERAL

16.1 This Agreement constitutes the entire agreement between the parties. No variation shall be effective unless in writing and signed by both parties. Each party may execute this Agreement in counterpart.

IN WITNESS WHEREOF these presents, together with the Schedule, are executed as follows:

Subscribed for and on behalf of VAILA MANAGED SERVICES LIMITED
at __________ on __________ 2025 by __________ Director, before this witness __________

Subscribed for and on behalf of CHANGZHOU XINLING ROBOTICS TECHNOLOGY CO., LTD.
at Changzhou on __________ 2025 by __________ Legal Representative

SCHEDULE
Part 1: Service description. Part 2: Charges (Transition Charge CNY 58,000; Monthly Charge CNY 46,500 x 24 months = CNY 1,116,000; total CNY 1,174,000). Part 3: Transition plan.
"""

# ---------------------------------------------------------------------------------------------------------------
# h182e05 — Shandong garlic exporter, export-licence API subscription + integration, Italian vendor ("Article N"), .md
H182E05 = """# SUBSCRIPTION AND INTEGRATION AGREEMENT — MOLARAGATE EXPORT LICENCE API

Agreement No. MTC-CN-2025-031

**BETWEEN**

**Molara Trade Compliance S.r.l.**, with registered office at Isola Molara, 07026 Olbia (SS), Italy, registered with the Companies Register of Sassari, in the person of its legal representative ("**Molara**")

**AND**

**Jinxiang Hengfeng Garlic Import & Export Co., Ltd.**, with registered address in Jinxiang County, Jining, Shandong Province, People's Republic of China, in the person of its legal representative ("**Customer**")

(each a "**Party**" and together the "**Parties**")

## WHEREAS

A. Molara operates MolaraGate, an online service providing, through an application programming interface (API), up-to-date import licence, permit and certificate requirements of destination countries for fresh and dried agricultural products, the status of import licences held by consignees, and pre-filled data for export documents;

B. the Customer exports fresh and dehydrated garlic to more than twenty countries and wishes to connect MolaraGate to its ERP system and to the system of its customs broker;

C. at the Customer's request, all fees are stated and payable in Renminbi (CNY);

D. the premises and the Annexes form an integral and substantial part of this Agreement.

NOW, THEREFORE, the Parties agree as follows.

## Article 1 – Definitions

In this Agreement: "**API Services**" means access to MolaraGate through the API as described in Annex 1; "**Integration Services**" means the work described in Article 3; "**Integration Deliverables**" means the connectors, data mappings, scripts, configuration and documentation produced in the Integration Services; "**Customer Data**" means all shipment, consignee, pricing, licence and document data supplied by or generated for the Customer; "**Subscription Term**" means the period in Article 11.

## Article 2 – Object

2.1 Molara grants the Customer, for the Subscription Term, a non-exclusive and non-transferable right to use the API Services for the export business of the Customer, up to 300,000 API calls per year.

2.2 The API Services cover the destination markets listed in Annex 1, including the EU import licence regime for garlic, import permit requirements of Indonesia, Brazil, Malaysia and the United Arab Emirates, phytosanitary requirements and maximum residue limits for garlic, and pre-filled data for certificates of origin and phytosanitary certificate applications.

2.3 Molara updates the regulatory content at least weekly and within two working days after an official change is published.

2.4 The Customer shall keep its API keys secret, use the API Services only for its own shipments, and inform Molara without delay if it suspects misuse of its keys. Additional API calls beyond the annual volume are not included in the Total Fees and require a separate order.

## Article 3 – Integration Services

3.1 Molara shall connect the API Services to the Customer's Kingdee ERP system and to the document system of the Customer's customs broker, map the Customer's product codes to HS codes 0703.20 and 0712.90, build an alert dashboard for licence expiry and quota changes, and train the Customer's export team.

3.2 The Customer shall give Molara's engineers remote access to a test environment of its ERP system, provide sample shipment data and name an export manager as contact person. Molara's remote access is limited to that test environment.

3.3 The Integration Services shall be completed and Integration Acceptance achieved within 75 days after signature.

3.4 Integration Acceptance requires that: (a) 200 historical shipments selected by the Customer are processed through the connectors and the licence requirements returned are checked by the Customer's export team without error; (b) API responses are displayed in the ERP within 3 seconds; (c) pre-filled certificate data is produced correctly for five destination countries chosen by the Customer; and (d) the dashboard and training are completed. The Customer signs the Integration Acceptance certificate within five working days after the tests are passed. Going live or use of the connectors does not in itself constitute acceptance.

3.5 If Integration Acceptance is not achieved in time for reasons attributable to Molara, Molara shall pay the Customer a penalty of 0.1% of the Total Fees for each day of delay, up to 10% of the Total Fees.

## Article 4 – Service levels

4.1 The API Services shall be available at least 99.95% of each calendar month, excluding maintenance announced at least 72 hours in advance and performed on Sundays between 02:00 and 06:00 China Standard Time.

4.2 Molara will respond to Priority 1 incidents (API unavailable, or incorrect licence status returned for a live shipment) within six (6) hours of notification, and to Priority 2 incidents within one working day. Molara will use its best efforts to restore the API Services as soon as possible.

4.3 If availability in a month falls below the level in Article 4.1, the Customer is entitled to a service credit of 5% of the monthly share of the annual Subscription Fee for each 0.1 percentage point, or part thereof, below that level, up to 50% of that monthly share, to be deducted from the next invoice.

## Article 5 – Fees

5.1 The fees ("**Total Fees**") are as follows:

| Item | Basis | Amount (CNY) |
|---|---|---|
| Annual Subscription Fee, year 1 | annual | 168,000 |
| Annual Subscription Fee, year 2 | annual | 168,000 |
| Integration Services | fixed price | 124,000 |
| **Total Fees** | | **460,000** |

5.2 The fees are fixed for the Subscription Term and include all taxes, including any PRC withholding tax.

## Article 6 – Invoicing and payment

6.1 On signature Molara shall invoice the Annual Subscription Fee for year 1 and 50% of the fee for the Integration Services, together CNY 230,000, payable within ten (10) days and in any case before activation of the API Services.

6.2 The remaining 50% of the fee for the Integration Services (CNY 62,000) is invoiced on Integration Acceptance.

6.3 The Annual Subscription Fee for year 2 is invoiced at the beginning of the second subscription year.

6.4 Payments shall be made by bank transfer in CNY. Molara shall provide the documents the Customer needs for foreign-exchange remittance.

## Article 7 – Customer Data and security

7.1 Customer Data belongs to the Customer. Molara shall use Customer Data exclusively to provide the services under this Agreement and shall not aggregate, analyse or disclose it for any other purpose.

7.2 Molara shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, access limited to named staff, logging and regular penetration tests, and maintains ISO/IEC 27001 certification.

7.3 Before any personal information of consignees is transferred out of the People's Republic of China, the Parties shall complete the formalities required by PRC law, including the standard contract for cross-border transfer of personal information.

7.4 Molara shall notify the Customer of any security incident affecting Customer Data within 24 hours of becoming aware of it, and is liable for the damage caused by its breach of this Article 7.

7.5 At the end of the Agreement Molara shall return all Customer Data in a machine-readable format within 30 days and then delete it.

## Article 8 – Confidentiality

8.1 Each Party shall keep confidential the information received from the other Party, in particular the Customer's customer lists, prices and volumes, and shall not disclose it to third parties without the other Party's written consent.

8.2 The obligation survives for three years after the end of this Agreement.

## Article 9 – Intellectual property

9.1 MolaraGate, the API and the regulatory database remain the exclusive property of Molara.

9.2 The Integration Deliverables, although developed for the Customer, are and shall remain the exclusive property of Molara. The Customer receives a non-exclusive, non-transferable licence to use them during the Subscription Term only and shall not modify them or have them modified by third parties.

## Article 10 – Liability

10.1 Molara's total liability under this Agreement shall not exceed 150% of the Total Fees, except in case of wilful misconduct or gross negligence and for breach of Articles 7 and 8.

10.2 Molara does not guarantee the decisions of foreign authorities, but is liable for losses caused by regulatory content that it has not updated as required by Article 2.3.

## Article 11 – Term

11.1 The Subscription Term starts on activation of the API Services and lasts two years.

11.2 The Agreement expires at the end of the Subscription Term. Any renewal requires a new written agreement.

## Article 12 – Subcontracting

Molara shall not subcontract any part of the services without the Customer's prior written consent, and remains liable for any approved subcontractor.

## Article 13 – Termination

13.1 Either Party may terminate this Agreement by registered letter or e-mail if the other Party commits a material breach and does not remedy it within fifteen (15) days after written notice.

13.2 In case of termination for Molara's breach, Molara shall refund the fees paid for the period after termination.

## Article 14 – Governing law and disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Jinan Arbitration Commission for arbitration in Jinan.

## Article 15 – Final provisions

15.1 This Agreement is made in English and Chinese; in case of difference the English text prevails.

15.2 Any amendment must be made in writing.

15.3 Pursuant to and for the purposes of Articles 1341 and 1342 of the Italian Civil Code, to the extent applicable, the Customer declares that it has read and specifically approves Articles 3.5, 4, 6, 9, 10 and 14.

Olbia / Jinxiang, ________ 2025

For Molara Trade Compliance S.r.l. ____________________

For Jinxiang Hengfeng Garlic Import & Export Co., Ltd. ____________________

**Annexes:** Annex 1 – Service description and destination markets; Annex 2 – Integration plan and acceptance tests.
"""

# ---------------------------------------------------------------------------------------------------------------
TEXTS = {  # written as they stand
    "h182z02_flour_mill_colour_sorters_maintenance.txt": H182Z02,
    "h182z03_nail_salon_booking_membership_saas.md": H182Z03,
    "h182z05_spicy_strip_maker_mes_supplier_template.txt": H182Z05,
    "h182e02_cycling_lodge_reservation_saas_german_vendor.md": H182E02,
    "h182e04_robotics_startup_managed_it_scottish_provider.txt": H182E04,
    "h182e05_garlic_exporter_licence_api_italian_vendor.md": H182E05,
}
SOURCES = {"h182z01": H182Z01, "h182z04": H182Z04, "h182e01": H182E01, "h182e03": H182E03}
TARGETS = {"h182z01": ("h182z01_city_credit_platform_integration.docx", "docx"),
           "h182z04": ("h182z04_county_commerce_ecommerce_platform_om.pdf", "pdf"),
           "h182e01": ("h182e01_shoe_mould_cam_licence_irish_vendor.docx", "docx"),
           "h182e03": ("h182e03_kelp_nursery_light_sensors_french_integrator.pdf", "pdf")}

if __name__ == "__main__":
    for name, text in TEXTS.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
