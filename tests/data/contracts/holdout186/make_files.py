"""Builds holdout186: ten ordinary draft contracts (written before any run).

The .md and .txt contracts are written here as they are; the two .docx (with a real Word price table) and the two
.pdf are built from a small markup with ../word_pdf.py, the PDFs broken into lines at word boundaries
(wrap_words=True). Run with /work/main/.venv/bin/python make_files.py from anywhere.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h186z01 — 江州市大数据管理局 政务数据共享交换平台 系统集成 (政府采购 公开招标, buyer's paper), .docx, 第X条 + 1.1
# ---------------------------------------------------------------------------------------------------------------
H186Z01 = """
T:江州市政务数据共享交换平台建设项目系统集成合同
P:合同编号：JZDSJ-2025-HT-031
P:采购项目编号：JZCG-2025-0417（公开招标）
P:甲方（采购人）：江州市大数据管理局
P:乙方（中标供应商）：江州云衡信息技术有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据江州市公共资源交易中心组织的公开招标结果（中标通知书编号JZZB-2025-0417-01）、招标文件及乙方投标文件，甲乙双方就江州市政务数据共享交换平台建设项目订立本合同。招标文件、投标文件及中标通知书均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方负责建设覆盖全市四十二个委办局的政务数据共享交换平台，内容包括平台软件、数据目录系统及数据治理工具的供货与许可，服务器、存储及密码设备的供货，与各委办局业务系统的接口对接开发，系统集成部署，安全加固，人员培训，以及质保期内的运维服务。
P:1.2 平台部署于江州市政务云政务外网区，须与省级数据共享交换平台完成级联，支持库表交换、接口调用和文件交换三种共享方式。
P:1.3 详细技术要求以招标文件第三章《采购需求》及乙方投标文件技术响应表为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰捌拾贰万壹仟元整（¥2,821,000），为含税固定总价，包含设备、软件许可、接口开发、运输、保险、安装、集成、测试、培训、质保期内服务及全部税费。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|数据共享交换平台软件（永久许可）|1套|720,000|720,000
TB:2|政务数据目录管理系统（永久许可）|1套|236,000|236,000
TB:3|数据治理工具（永久许可）|1套|188,000|188,000
TB:4|应用服务器（国产化）|4台|68,500|274,000
TB:5|数据库服务器（国产化）|2台|126,000|252,000
TB:6|分布式存储（有效容量200TB）|1套|318,000|318,000
TB:7|服务器密码机|1台|146,000|146,000
TB: |软硬件小计| | |2,134,000
TB:8|委办局接口对接开发（42个部门）|1项|486,000|486,000
TB:9|系统集成与部署|1项|173,000|173,000
TB:10|培训|1项|28,000|28,000
TB: |合计| | |2,821,000
P:2.2 合同履行期间价款不作调整。
H:第三条 付款方式
P:3.1 合同生效且乙方向甲方提交等额的银行预付款保函后15日内，甲方支付合同总价的25%作为预付款，即¥705,250。
P:3.2 系统初验合格后15日内，甲方支付合同总价的45%，即¥1,269,450。
P:3.3 系统最终验收合格后15日内，甲方支付合同总价的25%，即¥705,250。
P:3.4 合同总价的5%（¥141,050）作为质量保证金，于质保期满且无未了事项后15日内无息退还。
P:3.5 乙方每次收款前应开具合法有效的增值税专用发票。
H:第四条 交付与实施
P:4.1 乙方应于合同生效后30日内完成硬件到货及软件介质交付，90日内完成平台部署及首批二十个委办局的接口对接，150日内完成全部接口对接并书面提请初验。
P:4.2 设备到货时由双方共同开箱清点并签署到货签收单。到货签收仅确认数量、型号和外观，不代表质量验收。
P:4.3 乙方应派驻项目经理一名、实施工程师不少于五名驻场实施，人员变更须经甲方书面同意。
H:第五条 验收
P:5.1 初验：全部接口完成对接后，甲方按招标文件及乙方投标承诺组织初验。初验标准包括：（1）功能清单逐项测试通过；（2）四十二个委办局接口全部联通，连续7日交换无失败；（3）平台在500并发请求下接口平均响应时间不超过1秒；（4）与省级平台的级联测试通过；（5）第三方机构出具的网络安全等级保护（三级）测评和商用密码应用安全性评估结论均为符合或基本符合。
P:5.2 试运行：初验合格后进入为期三个月的试运行，试运行期间累计发生一级故障不超过一次。
P:5.3 最终验收：试运行期满，乙方提交竣工文档、源代码及操作手册，甲方组织专家进行最终验收并出具验收报告。
P:5.4 平台上线运行、甲方使用或支付部分价款，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、硬件维修及更换、每季度系统巡检及7×24小时技术支持。
P:6.2 质保期内平台月度可用率不低于99.95%，计划内维护时间除外；计划内维护须提前三个工作日经甲方书面同意。
P:6.3 故障分级及响应：一级故障（平台整体不可用或数据交换全部中断）乙方应在30分钟内响应、2小时内到场、6小时内恢复；二级故障（部分委办局交换中断）1小时内响应、8小时内恢复；三级故障（一般功能异常）在下一工作日内处理完毕。
P:6.4 乙方未达到6.2或6.3要求的，月度可用率每低于承诺值0.01个百分点，扣减质量保证金¥3,000；一级故障每超时一小时，扣减¥2,000。质量保证金不足扣减的，由乙方另行支付。
P:6.5 质保期满后，甲方需要乙方继续提供运维服务的，年度运维服务费不超过软硬件小计的8%，即每年不超过¥170,720，且质保期满后三年内不上调。续签须另行签订书面合同，不自动续期。
H:第七条 知识产权
P:7.1 平台软件、目录管理系统、数据治理工具等乙方原有产品的知识产权归原权利人所有，甲方获得永久、不可撤销的使用许可，许可范围覆盖本项目全部部署节点。
P:7.2 乙方为本项目定制开发的接口程序、数据交换作业、配置脚本及全部技术文档的知识产权归甲方所有。乙方应在最终验收时交付源代码，甲方可自行或委托第三方使用、修改。
H:第八条 数据安全
P:8.1 平台汇聚、交换和存储的政务数据及日志均归甲方所有。乙方仅可为履行本合同处理数据，不得复制、留存、对外提供或用于任何其他目的。
P:8.2 乙方应按照《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》、网络安全等级保护三级及商用密码应用要求落实安全措施，敏感数据加密存储和传输；乙方人员经甲方审批后方可通过堡垒机访问系统，全部操作留存审计日志。
P:8.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施。因乙方原因导致安全事件的，乙方承担全部责任，并赔偿甲方因此遭受的全部损失。
H:第九条 保密
P:9.1 乙方对履行合同中知悉的甲方工作秘密、网络拓扑、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期提请初验、最终验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；违约金累计不超过合同总价的10%。
P:10.2 乙方交付的产品不符合合同约定的，甲方有权要求更换或整改，并要求乙方赔偿由此造成的损失。
P:10.3 甲方无正当理由逾期付款的，按逾期时全国银行间同业拆借中心公布的一年期贷款市场报价利率支付逾期利息。
H:第十一条 分包与转包
P:乙方不得转包本项目。招标文件未允许分包，乙方不得将本项目的任何部分分包给第三方。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方可书面通知解除合同：（1）逾期超过60日；（2）最终验收两次不合格；（3）发生因乙方原因导致的重大数据安全事件；（4）有其他根本违约行为，经甲方书面催告后15日内仍未纠正。
P:12.2 合同解除后，乙方应移交已完成的工作成果及全部数据，并承担违约责任。
H:第十三条 争议解决
P:13.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:13.2 因本合同产生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同经双方法定代表人或授权代表签字并加盖公章后生效，一式六份，甲方四份，乙方二份，具有同等法律效力。
P:甲方（盖章）：江州市大数据管理局    乙方（盖章）：江州云衡信息技术有限公司
P:签订日期：2025年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h186z02 — 印染厂 在线色差检测系统 hardware + post-warranty maintenance, .txt, 一、/（一）/1.
# ---------------------------------------------------------------------------------------------------------------
H186Z02 = """在线色差检测系统采购合同

合同编号：CL-SB-2025-062
甲方（买方）：绍兴柯桥澄澜印染有限公司
住所：绍兴市柯桥区滨海工业区海涂路17号
乙方（卖方）：杭州谱真光电检测设备有限公司
住所：杭州市余杭区仓前街道文一西路1218号
签订地点：绍兴市柯桥区

鉴于甲方拟在其连续轧染车间和定型车间部署在线色差检测系统，对出布颜色进行实时监测、超限报警和数据追溯，乙方具备相应产品的制造和实施能力，双方经友好协商，就设备供货、安装调试及后续维护事宜订立本合同，共同遵守。

一、合同标的及价款
（一）供货清单及价格（含税，人民币元）：
1. 在线分光测色头（D65/10°，含防尘防水罩及自动校准白板）：8台，单价96,000元，小计768,000元；
2. 布面成像相机及线性光源组件：8套，单价18,500元，小计148,000元；
3. 边缘计算工控机：4台，单价23,000元，小计92,000元；
4. 色差分析及配方比对软件（永久许可，含8个检测点）：1套，168,000元；
以上软硬件小计1,176,000元。
5. 安装调试及布线（含安装支架、线缆、与定型机联动信号接入）：86,400元；
6. 操作及维护培训：9,600元。
合同总价：人民币壹佰贰拾柒万贰仟元整（¥1,272,000）。
（二）合同总价为固定总价，包含设备、软件、运输、保险、装卸、安装、调试、培训及税费，甲方不再承担其他费用。
（三）设备应为全新原装产品，主要技术参数：测量几何条件d/8°，波长范围400–700nm，测色距离80±10mm，单点测量周期不大于0.5秒，防护等级IP65，可在环境温度45℃、相对湿度90%的车间条件下连续工作。

二、交货与安装
（一）乙方应在合同生效后45日内将全部设备运至甲方滨海厂区二号车间，并在到货后20日内完成安装调试。
（二）乙方安装须服从甲方生产安排，在甲方指定的停机窗口内进行；乙方应事先提交安装方案，经甲方设备部确认后实施。
（三）设备到货后双方共同开箱清点，签署到货签收单。签收仅确认数量、型号及外观，不构成验收。
（四）乙方应提供设备合格证、出厂检测报告、计量校准证书、安装图纸、操作手册及维护手册各两份。

三、付款方式
（一）合同生效后10日内，甲方支付合同总价的20%作为预付款，即254,400元。
（二）设备全部到货并签收后15日内，甲方支付合同总价的50%，即636,000元。
（三）系统验收合格后15日内，甲方支付合同总价的25%，即318,000元。
（四）剩余5%即63,600元为质量保证金，质保期满且无质量争议后15日内无息支付。
（五）乙方应在每期付款前开具等额增值税专用发票。

四、验收
（一）安装调试完成后，乙方书面提请验收，甲方在7日内组织验收。
（二）验收标准：
1. 各检测点对标准白板重复测量20次，色差ΔE（CIEDE2000）最大值不大于0.03；
2. 随机抽取不少于60个布样，在线测量结果与甲方实验室台式分光测色仪比对，平均色差偏差不大于0.35；
3. 色差超限报警在布面到达检测点后3秒内发出，并联动定型机打标；
4. 系统连续运行72小时无故障，检测数据完整写入甲方MES系统。
（三）验收合格后双方签署验收报告。安装完成、试用或甲方开始在生产中使用设备，均不视为验收合格。验收不合格的，乙方应在10日内整改后重新提请验收。

五、质量保证
（一）质保期为十个月，自验收合格之日起计算。质保期内，设备非因甲方人为原因损坏的，乙方免费维修或更换，软件免费升级。
（二）质保期内故障响应：
1. 一级故障（检测头停机或数据中断，导致产线无法在线判色）：乙方应在2小时内远程响应，8小时内到达现场，24小时内修复或提供备机；
2. 二级故障（单项功能异常、测量偏差超出验收标准）：8小时内响应，48小时内修复；
3. 一般问题：2个工作日内答复。
（三）乙方未按上述时限响应或修复的，每超时一小时向甲方支付500元；一级故障超过24小时仍未修复且未提供备机的，每日另行支付2,000元。

六、质保期满后的维护
（一）质保期满后，甲方可委托乙方提供年度维护服务，内容包括每季度一次现场校准、故障维修、备件更换和软件升级。
（二）年度维护费按乙方当年度公布的服务价格表执行，乙方可根据市场情况调整，于每个维护年度开始前通知甲方。
（三）维护服务的响应及修复时限参照本合同第五条第（二）项执行。

七、知识产权
（一）色差分析及配方比对软件的著作权归乙方所有，甲方在本合同项下获得永久使用许可，可在本厂区任意检测点使用。
（二）乙方为甲方开发的MES接口程序、报表模板及定型机联动程序归甲方所有，乙方应交付源代码及说明文档，甲方可自行修改或委托他人修改。
（三）乙方保证所供设备及软件不侵犯第三方知识产权。

八、违约责任
（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之二向甲方支付违约金，累计不超过合同总价的5%。
（二）设备经两次整改仍不能通过验收的，甲方有权退货，乙方应返还已付全部款项并赔偿甲方的损失。
（三）甲方逾期付款的，按逾期时全国银行间同业拆借中心公布的一年期贷款市场报价利率支付利息。

九、数据与信息安全
（一）检测设备采集的色差数据、布面图像、工艺参数以及甲方提供的客户色样和染料配方资料均归甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
（二）系统部署在甲方厂区内网。乙方远程维护须事先经甲方同意，通过甲方提供的VPN账号接入，全部操作留痕；乙方不得在设备或软件中设置任何未经披露的远程访问通道。
（三）因乙方原因导致甲方数据泄露、丢失或被篡改的，乙方应在知悉后12小时内书面通知甲方，配合处置，并赔偿甲方全部损失。

十、保密
双方对在合同签订和履行中获知的对方商业秘密负有保密义务，尤其是甲方的染料配方、工艺参数及客户信息。未经对方书面同意，不得向第三方披露。保密期限自合同签订之日起至合同终止后五年。

十一、分包
乙方不得将本合同项下的安装调试工作分包他人；确需分包的，须事先取得甲方书面同意，并对分包方的行为承担连带责任。

十二、合同解除
（一）乙方逾期交货超过30日，或设备经两次整改仍不能通过验收的，甲方有权书面通知解除合同。
（二）乙方有其他严重违约行为，经甲方书面通知后10日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。

十三、争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交绍兴仲裁委员会按其仲裁规则仲裁。

十四、其他
本合同自双方签字盖章之日起生效，一式四份，双方各执两份。附件：设备技术参数表、安装方案。

甲方（盖章）：绍兴柯桥澄澜印染有限公司        乙方（盖章）：杭州谱真光电检测设备有限公司
代表签字：                              代表签字：
日期：2025年  月  日                     日期：2025年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h186z03 — 连锁书店 会员与库存 SaaS, three years + 实施, .md, Markdown headings
# ---------------------------------------------------------------------------------------------------------------
H186Z03 = """# 门店会员与库存管理SaaS服务合同

**合同编号**：QJ-IT-2025-018

**甲方（客户）**：南京青简书店连锁有限公司
地址：南京市秦淮区中山南路309号

**乙方（服务商）**：上海书链云科技有限公司
地址：上海市闵行区紫星路588号2幢

甲方经营连锁书店及文创门店，拟采用乙方的"书链云"平台统一管理会员、库存及采购补货业务。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。

## 一、服务内容

1. 乙方通过"书链云"平台向甲方提供会员管理（注册、积分、储值、等级权益、营销券）、门店库存（入库、盘点、调拨、退货）、采购补货建议及经营报表等SaaS服务，覆盖甲方在江苏、安徽两省的36家门店及总部。
2. 乙方提供一次性实施服务，包括门店上线配置、历史会员数据（约41万条）及库存数据（约26万个品种）的迁移、与甲方收银POS系统及微信小程序的对接、总部及门店人员培训。
3. 服务期为三年，自上线验收合格之日起计算。
4. 乙方应保证平台功能不低于附件一《功能清单》所列范围；平台版本升级不得减少甲方已使用的功能。
5. 乙方为甲方指定一名客户成功经理，负责日常沟通、需求收集和季度业务回顾。

## 二、费用

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 门店订阅费 | 36店 × 6,800元/店/年 × 3年 | 734,400 |
| 总部管理模块 | 58,000元/年 × 3年 | 174,000 |
| 实施及数据迁移 | 一次性 | 126,000 |
| 培训 | 一次性 | 18,000 |
| **合计** | | **1,052,400** |

合同总金额为人民币壹佰零伍万贰仟肆佰元整（¥1,052,400），含增值税。每年订阅费合计302,800元，按季度结算，每季度75,700元。服务期内甲方新增门店的，按每店每年6,800元按月折算计费。

## 三、付款

1. 本合同不设预付款。
2. 实施及培训费合计144,000元，在上线验收合格后15日内支付。
3. 订阅费按季度后付：每个服务季度结束后10日内，乙方提交季度服务报告（含可用率、故障记录及补偿计算）并开具发票，甲方在收到后15日内支付当季订阅费，并可直接扣除当季应得的服务补偿。

## 四、实施与上线验收

1. 乙方应于合同生效后60日内完成全部门店上线，实施计划见附件二。
2. 上线验收标准：
   - 会员数据迁移记录逐条核对无差异，积分及储值余额与原系统一致；
   - 库存数据与甲方最近一次盘点结果一致；
   - POS收银单据实时同步，延迟不超过10秒；
   - 小程序会员注册、积分查询和电子券核销功能正常；
   - 全部门店上线后连续两周无一级故障。
3. 实施期间乙方应每周提交实施进度报告，门店上线顺序由甲方确定。
4. 甲方在收到乙方书面验收申请后10个工作日内完成验收并签署验收单。系统开通或门店开始使用均不视为验收合格。

## 五、服务水平

1. 平台月度可用率不低于99.95%（经甲方同意的计划内维护除外，计划内维护应安排在门店营业时间以外）。
2. 故障分级与响应：
   - 一级故障（全部或三家以上门店无法收银、会员无法核销）：30分钟内响应，3小时内恢复；
   - 二级故障（单一门店或单项功能异常）：1小时内响应，8小时内恢复；
   - 三级问题（咨询、报表调整）：1个工作日内答复。
3. 服务补偿：月度可用率低于承诺值的，减免当月订阅费的5%；低于99.8%的，减免10%；一级故障每超时一小时，另减免当月订阅费的2%。补偿在当季付款中扣除。

## 六、数据归属与数据安全

1. 甲方录入或通过平台产生的全部数据，包括会员个人信息、消费记录、库存及采购数据，均归甲方所有。乙方仅为向甲方提供本合同服务而处理该等数据，不得用于其他任何目的，不得向第三方提供，不得进行跨客户汇总分析，也不得用于训练模型或编制行业报告。
2. 数据存储于中华人民共和国境内。乙方应落实加密传输和存储、权限分级、操作日志审计、每日备份和异地容灾等措施，平台应通过网络安全等级保护三级测评；会员个人信息的处理应符合《个人信息保护法》的要求。
3. 发生数据泄露、丢失等安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担由此产生的全部损失，包括甲方向会员赔偿及监管处罚的费用。
4. 乙方每年应委托第三方机构进行一次渗透测试，并向甲方提供测试报告摘要及整改情况。
5. 合同终止后30日内，乙方应按甲方要求以通用格式导出全部数据，并在甲方确认后彻底删除，出具删除证明。

## 七、知识产权

"书链云"平台及其后续版本的知识产权归乙方所有。乙方为甲方定制的报表、小程序页面、POS对接程序及相关文档归甲方所有，甲方可自由使用、修改，并可交由第三方使用或维护。

## 八、保密

双方对在合作中获知的对方商业秘密和非公开信息（包括甲方的会员规模、销售及采购数据、供应商价格）负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内持续有效。

## 九、违约责任

1. 乙方未按期完成全部门店上线的，每逾期一日，按合同总金额的千分之一向甲方支付违约金，累计不超过合同总金额的10%。
2. 除故意、重大过失及违反第六条数据安全义务造成的损失外，乙方在本合同项下的累计赔偿责任，以甲方在索赔事件发生前六个月内已支付的订阅费总额为限。
3. 甲方逾期付款的，按一年期贷款市场报价利率支付逾期利息。

## 十、分包

乙方不得将本合同项下的服务分包给第三方。平台使用的云基础设施服务商为阿里云计算有限公司（华东2区域），更换服务商须事先取得甲方书面同意。

## 十一、期限与续期

1. 服务期满前30日，任何一方未书面提出不续约的，本合同自动续期一年，续期次数不限。
2. 每次续期时，乙方有权根据其当年标准价格调整订阅单价，上调幅度不超过上一期单价的8%，并应在续期前通知甲方。

## 十二、合同解除

1. 乙方严重违约，经甲方书面催告后15日内仍未纠正的，或连续两个月未达到第五条可用率承诺的，甲方有权书面通知解除合同，已预收的未使用期间费用（如有）应予退还。
2. 甲方逾期付款超过60日，经乙方催告后仍未支付的，乙方可解除合同，但应给予甲方不少于30日的数据导出期。

## 十三、法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交南京仲裁委员会仲裁。

## 十四、其他

本合同自双方签字盖章之日起生效，一式两份，双方各执一份。附件一《功能清单》、附件二《实施计划》为本合同的组成部分。

甲方（盖章）：南京青简书店连锁有限公司　　　　乙方（盖章）：上海书链云科技有限公司

日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h186z04 — 县乡村振兴局 防返贫监测平台 年度运维 (政府采购 竞争性磋商), .pdf, 第一章 / 第X条 / （一）
# ---------------------------------------------------------------------------------------------------------------
H186Z04 = """
T:云岭县防止返贫动态监测平台运行维护服务合同
P:合同编号：YLXZ-2025-YW-07
P:采购方式：竞争性磋商（项目编号YLCG-2025-C-0112）
P:甲方（采购人）：云岭县乡村振兴局
P:乙方（成交供应商）：滇云信通科技有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就云岭县防止返贫动态监测平台运行维护服务订立本合同。
H:第一章 服务内容与期限
P:第一条 服务对象。云岭县防止返贫动态监测平台（以下简称"平台"），包括监测对象信息库、预警模型、帮扶措施管理、部门数据比对和移动端排查应用，部署于县政务云，覆盖全县十一个乡镇、一百三十四个行政村，县、乡、村三级用户约六百名。
P:第二条 服务内容。（一）驻场运维：乙方派驻两名运维工程师在甲方办公场所工作，负责日常巡检、账号管理、系统配置、问题处理；（二）软件维护：缺陷修复、兼容性适配和小型功能调整，全年小型调整不少于二十项；（三）数据核查：配合开展月度部门数据比对（医保、民政、教育、住建、残联等），生成疑似风险线索清单；（四）安全运维：漏洞扫描、补丁更新、安全加固及等级保护测评配合；（五）应急保障：集中排查、汛期及重要时段保障；（六）数据备份：每日增量备份、每周全量备份，每季度进行一次恢复演练并形成记录；（七）用户支持：为县、乡、村三级用户提供电话及现场技术支持，全年组织集中培训不少于两次；（八）变更管理：涉及数据结构、预警规则或接口的变更，乙方应提交变更方案，经甲方审批并在测试环境验证后方可实施。
P:第三条 服务期限。自2026年1月1日起至2026年12月31日止。期满后续签的，须依法重新履行政府采购程序，本合同不自动续期。
H:第二章 合同价款与支付
P:第四条 合同总价为人民币陆拾万元整（¥600,000），含税包干，明细如下：
TB:驻场运维服务（两人，全年）|324,000元
TB:平台软件维护及缺陷修复|118,000元
TB:数据核查与比对服务|86,000元
TB:安全加固及等保测评配合|47,000元
TB:应急保障服务|25,000元
TB:合计|600,000元
P:第五条 支付方式。甲方不预付服务费。服务费按季度支付，每季度服务期满并经甲方考核合格后15个工作日内，甲方支付当季服务费150,000元，并扣除当季应扣款项。乙方应在付款前开具合法发票。
H:第三章 服务标准与考核
P:第六条 服务水平。（一）平台核心功能在工作日8:30至18:00期间应正常可用，全年集中排查期间实行7×24小时保障；（二）故障分级：一级故障（平台无法登录、数据上报或预警推送中断）乙方应在30分钟内响应、2小时内恢复；二级故障（单项功能异常、单个乡镇无法使用）1小时内响应、8小时内恢复；三级问题在2个工作日内处理；（三）月度部门数据比对应在收到数据后5个工作日内完成并提交线索清单；（四）乙方每周进行一次系统巡检，每月5日前提交上月运维月报，内容包括系统运行情况、故障处理记录、数据比对情况及安全状况。
P:第七条 季度考核。甲方每季度按附件《运维服务考核表》对乙方进行考核，考核内容包括故障处理时效、巡检记录、数据比对及时率、用户满意度和安全事件情况，满分100分，85分以上为合格。考核不合格的，甲方扣减当季服务费的5%，乙方应在15日内提交整改报告。
P:第八条 扣款。一级故障每超时一小时，扣减服务费1,000元；二级故障每超时一小时，扣减服务费300元；月度数据比对每逾期一日，扣减服务费500元。
P:第九条 年度验收。服务期满后15日内，乙方提交年度运维报告、巡检记录、变更记录、数据比对台账及全部运维文档，甲方组织年度验收，验收标准为：全年四次季度考核均合格，无因乙方原因导致的数据安全事件，运维文档完整移交。
H:第四章 数据安全与保密
P:第十条 数据归属。平台中的监测对象信息、家庭收入及帮扶记录等数据均归甲方所有。乙方仅可为履行本合同处理上述数据，不得复制、导出、留存或用于任何其他目的。
P:第十一条 数据安全责任。（一）乙方人员须签署安全承诺书，经甲方授权后通过政务外网堡垒机访问平台，禁止使用个人设备和互联网远程工具；（二）乙方应按网络安全等级保护二级要求落实账号权限、日志审计、敏感数据脱敏展示等措施；（三）乙方不得在平台及服务器上安装未经甲方批准的软件或设置远程访问通道，服务期满或人员离场时应注销其全部账号并交回访问凭证；（四）发生数据泄露、篡改或丢失等事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。
P:第十二条 保密。乙方对履行合同中知悉的监测对象个人信息、工作秘密及其他非公开信息负有保密义务，不得向任何第三方披露；保密义务不因合同终止而解除。
H:第五章 知识产权
P:第十三条 服务期间乙方为甲方编写的运维脚本、数据比对规则、预警规则配置、统计报表及技术文档，知识产权归甲方所有，乙方应随年度验收一并移交，甲方可自由使用和修改。平台原有软件的权利状态不因本合同改变。
H:第六章 违约责任
P:第十四条 乙方未能在服务期开始之日完成驻场人员到岗及运维交接的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:第十五条 驻场人员应具备三年以上信息系统运维经验，并经甲方面试确认。乙方擅自更换驻场人员的，每人次支付违约金2,000元；替换人员资质不得低于响应文件承诺。
P:第十六条 乙方违反第十条至第十二条约定的，除承担相应法律责任外，应赔偿甲方因此遭受的全部损失。
H:第七章 分包、解除与争议
P:第十七条 乙方不得将本合同服务转包或分包给任何第三方。
P:第十八条 乙方有下列情形之一的，甲方有权书面通知解除合同：（一）连续两个季度考核不合格；（二）发生因乙方原因导致的数据安全事件；（三）其他严重违约行为，经甲方书面通知后10日内仍未纠正。合同解除的，甲方按实际服务期间及考核结果结算服务费。合同解除或期满时，乙方应在15日内完成运维交接，移交全部账号、文档及数据，并配合新的服务商完成过渡。
P:第十九条 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，依法向云岭县人民法院提起诉讼。
H:第八章 附则
P:第二十条 竞争性磋商文件、乙方响应文件、成交通知书及《运维服务考核表》为本合同的组成部分。本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：云岭县乡村振兴局          乙方（盖章）：滇云信通科技有限公司
P:签订日期：2025年12月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h186z05 — 咸鸭蛋生产企业 质量追溯系统 licence + custom development, supplier's own template, .md, 第N条 + N.N
# ---------------------------------------------------------------------------------------------------------------
H186Z05 = """# 软件许可及定制开发服务合同

> 链溯科技标准合同文本 V4.0（2024年修订）

**合同编号**：LS-2025-YZ-0093

**甲方（用户）**：高邮湖畔禽蛋食品有限公司
地址：江苏省高邮市经济开发区蛋品路6号

**乙方（服务方）**：苏州链溯软件科技有限公司
地址：苏州工业园区星湖街328号创意产业园12栋

甲方从事咸鸭蛋、咸蛋黄及蛋制品的生产和销售，为满足食品安全追溯及经销商扫码查询的需要，拟使用乙方的"链溯"食品质量追溯平台，并委托乙方进行定制开发。双方经协商，订立本合同。本合同为乙方标准文本，双方确认已充分阅读并理解全部条款。

## 第1条 合同标的

1.1 乙方向甲方许可使用"链溯"食品质量追溯平台软件V5（以下简称"标准软件"）及一物一码赋码模块。

1.2 乙方按甲方需求进行定制开发，内容包括：鸭蛋收购批次登记、腌制工艺（盐度、温度、腌制天数）数据采集、蒸煮及真空包装工序关联、成品批次与原料批次的双向追溯、经销商及消费者扫码查询页面、与甲方用友ERP的出入库数据对接（以下合称"定制开发成果"）。

1.3 乙方负责系统部署、初始化配置和用户培训。

1.4 服务器、喷码机、扫码枪及网络设备由甲方自行采购，乙方提供配置建议，相关费用不包含在本合同价款内。

## 第2条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 标准软件许可（永久，20个并发用户） | 268,000 |
| 2 | 一物一码赋码模块许可 | 96,000 |
| 3 | 定制开发 | 342,000 |
| 4 | 部署实施 | 48,000 |
| 5 | 培训 | 6,000 |
| | **合计** | **760,000** |

合同总价为人民币柒拾陆万元整（¥760,000），含税。其中软件许可费合计364,000元。合同价款包含一次现场部署；甲方在开发过程中提出需求变更的，额外工作量按每人天2,200元另行计费，由双方以工作量确认单确认。

## 第3条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的55%，即418,000元。乙方收到该款项后开始工作。

3.2 系统部署完成后5个工作日内，甲方支付合同总价的45%，即342,000元。

3.3 甲方逾期付款的，乙方有权暂停服务，工期相应顺延。

3.4 乙方在收到每期款项后开具增值税普通发票。

## 第4条 交付与部署

4.1 乙方在收到第3.1条款项后90日内完成定制开发，并在甲方生产厂区服务器上完成部署。

4.2 甲方应按乙方要求提供服务器、网络环境、赋码设备接口资料及业务数据；因甲方原因导致工期延误的，乙方不承担责任。

4.3 乙方交付物包括：系统安装程序、用户操作手册、管理员手册及培训课件。

4.4 系统部署完成后，乙方向甲方发出部署完成通知，部署完成之日以该通知载明的日期为准。

## 第5条 验收

5.1 系统部署完成之日即视为甲方验收合格。

5.2 甲方对系统有异议的，应在部署完成后3日内书面提出，逾期未提出的视为无异议；甲方提出的异议不影响第3.2条款项的支付。

## 第6条 免费维护

6.1 乙方提供六个月的免费维护期，自系统部署完成之日起计算。免费维护期内，乙方负责修复软件缺陷，不包括需求变更和新增功能。

6.2 故障响应：甲方通过乙方客服热线或工单系统报告故障。对于导致系统无法使用的一级故障，乙方在收到通知后24小时内响应；其他故障在3个工作日内响应。乙方将尽力在合理时间内修复故障。

6.3 乙方对故障响应和修复时间不承担扣款、赔偿或违约责任。

6.4 以下情形不属于免费维护范围：甲方擅自修改系统配置、服务器等硬件故障、第三方软件问题以及操作不当造成的问题。

6.5 免费维护期内乙方以远程方式提供技术支持，服务时间为工作日9:00至17:30。甲方要求现场服务的，按每人天2,200元另行计费。

## 第7条 有偿维护

7.1 免费维护期满后，甲方如需继续获得软件升级及技术支持，应与乙方签订年度维护协议。

7.2 年度维护费按乙方当年度公布的维护服务价格标准收取，价格标准由乙方根据市场情况每年调整。

## 第8条 知识产权

8.1 标准软件及一物一码赋码模块的知识产权归乙方所有。

8.2 定制开发成果（包括源代码、数据库设计、扫码查询页面及ERP接口程序）的知识产权归乙方所有。甲方在本合同期间享有非独占、不可转让的使用权，不得修改、反编译或交由第三方维护。乙方不交付定制开发部分的源代码。

8.3 乙方有权将本项目中形成的通用功能纳入其标准产品向其他客户提供。

8.4 甲方不得将系统提供给其关联公司及经销商以外的第三方使用。

## 第9条 数据

9.1 甲方在系统中录入和产生的生产数据、批次数据及扫码数据归甲方所有。

9.2 乙方采取加密存储、访问控制和操作日志等措施保护甲方数据安全；发生数据泄露的，乙方应在知悉后48小时内通知甲方，并对因其过错造成的损失承担相应责任。

9.3 甲方同意，乙方可在对数据进行脱敏处理后，将扫码数据、经销商流向数据及工艺数据用于行业分析、产品改进及乙方其他产品和服务，该等使用在本合同终止后继续有效。

## 第10条 保密

双方对在合作中获知的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，但法律法规另有规定或本合同另有约定的除外。保密期限为合同终止后两年。

## 第11条 违约责任

11.1 因乙方原因逾期交付的，每逾期一日，乙方按合同总价的万分之一向甲方支付违约金，违约金总额不超过合同总价的3%。

11.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的25%，且乙方不承担甲方的间接损失、利润损失及商誉损失。

11.3 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金。

## 第12条 合同解除

12.1 任何一方严重违约，经对方书面通知后30日内仍未纠正的，守约方可解除本合同。

12.2 合同解除后，甲方已支付的软件许可费不予退还。

12.3 合同终止后，乙方应甲方要求以Excel格式导出甲方数据。

## 第13条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交苏州仲裁委员会仲裁。

## 第14条 其他

14.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。

14.2 本合同附件《定制开发需求说明》为本合同的组成部分。

14.3 本合同未尽事宜，双方可另行协商。乙方对本标准文本享有解释权。

甲方（盖章）：高邮湖畔禽蛋食品有限公司　　　　乙方（盖章）：苏州链溯软件科技有限公司

签约代表：　　　　　　　　　　　　　　　　签约代表：

日期：　　年　　月　　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h186e01 — Danyang eyeglass-frame maker, frame-design software perpetual licence + configuration + support;
#           vendor on Rottumerplaat (Dutch style), .txt, "Art. N (title)"
# ---------------------------------------------------------------------------------------------------------------
H186E01 = """LICENCE, CONFIGURATION AND SUPPORT AGREEMENT
FrameForm Studio - perpetual licence

Agreement number: RDS-CN-2025-014

THE UNDERSIGNED:

1. Rottum Design Systems B.V., a private company with limited liability incorporated under the laws of the Netherlands, having its registered office on Rottumerplaat, the Netherlands, registered with the Chamber of Commerce under number 71840263, hereinafter referred to as "the Supplier";

and

2. Danyang Jingrui Optical Frame Co., Ltd., a company incorporated under the laws of the People's Republic of China, having its registered office at No. 36 Yanling Road, Danyang, Jiangsu Province, hereinafter referred to as "the Customer";

hereinafter jointly "the Parties";

WHEREAS:

A. the Supplier develops and licenses FrameForm Studio, software for the parametric three-dimensional design of spectacle frames;

B. the Customer designs and manufactures acetate and titanium frames for its own brands and for OEM clients;

C. the Customer has asked that all prices under this Agreement be stated and paid in Chinese yuan (CNY), and the Supplier has agreed;

HAVE AGREED AS FOLLOWS:

Art. 1 (Definitions)
1.1 "Software": FrameForm Studio version 9, the Render & Fit module and the PLM Connector, in object code, with the related user documentation.
1.2 "Deliverables": all templates, parts libraries, scripts, converted models, reports and documents made by the Supplier for the Customer under this Agreement.
1.3 "Go-Live": the moment at which the Software is installed on the Customer's servers and workstations and the Customer's designers start using it for live design work.
1.4 "Customer Data": all designs, drawings, models, client specifications and production data of the Customer or its clients that the Supplier receives or can access.

Art. 2 (Subject of the Agreement)
2.1 The Supplier grants to the Customer a perpetual, non-exclusive licence to use the Software for the Customer's own business at its premises in Danyang, for the number of named users set out in Art. 3.
2.2 The Supplier shall perform the Configuration Services, provide training and provide support and maintenance in accordance with Art. 7 and Art. 8.
2.3 The Software is installed on the Customer's own servers and workstations. The Supplier does not host any Customer Data.

Art. 3 (Prices)
3.1 The prices are fixed and include all taxes, duties and travel costs. The total price of this Agreement (the "Contract Price") is CNY 1,160,000, made up as follows:

  Item                                                   Qty   Unit price (CNY)   Amount (CNY)
  FrameForm Studio, perpetual named-user licence          25        21,600           540,000
  Render & Fit module, perpetual site licence              1       148,000           148,000
  PLM Connector, perpetual licence                          1        86,000            86,000
  Licence subtotal                                                                   774,000
  Configuration Services (templates, parts library, ERP export)                      236,000
  Migration of 3,800 legacy design files                                              118,000
  Training (three on-site sessions, Danyang)                                           32,000
  Total Contract Price                                                              1,160,000


Art. 4 (Payment)
4.1 The Customer shall pay the Contract Price in three instalments:
a. 20% of the Contract Price (CNY 232,000) within thirty days after signature of this Agreement, against the Supplier's invoice;
b. 45% of the Contract Price (CNY 522,000) within thirty days after Go-Live;
c. 35% of the Contract Price (CNY 406,000) within thirty days after Final Acceptance.
4.2 Payments are made in CNY. Each invoice shall be accompanied by a valid Chinese tax invoice (fapiao).

Art. 5 (Delivery and implementation)
5.1 The Supplier shall make the Software available for installation within fifteen days after signature.
5.2 The Supplier shall perform the Configuration Services in accordance with the implementation plan attached as Annex 1 and shall achieve Go-Live no later than ninety days after signature.
5.3 The Configuration Services comprise frame templates for the Customer's four frame types, a parts library of hinges, nose pads and screws, the export of bills of material to the Customer's Kingdee ERP system, and the conversion of 3,800 legacy design files.

Art. 6 (Acceptance)
6.1 After Go-Live the Parties shall carry out the acceptance tests described in Annex 2. The Software and the Deliverables pass acceptance when:
a. all functions listed in Annex 2 work as described, on all workstations;
b. at least 200 randomly chosen migrated models match the original drawings within 0.03 mm on all key dimensions;
c. bills of material for twenty reference frames are exported to the ERP system without manual correction;
d. the Customer's designers have completed three new frame designs in the Software, from concept to manufacturing drawing;
e. the Software has run in production for thirty consecutive days without a Severity 1 fault.
6.2 The Customer shall issue a written certificate of Final Acceptance within ten working days after the tests are passed, or state the defects in writing; the Supplier shall then remedy them and repeat the tests.
6.3 Installation, Go-Live, use of the Software in production and payment of any instalment do not amount to acceptance.

Art. 7 (Warranty)
7.1 The Supplier warrants that the Software and the Deliverables will conform to the documentation and Annex 2 for a period of eighteen months from Final Acceptance (the "Warranty Period").
7.2 During the Warranty Period the Supplier shall correct all defects free of charge and provide all new versions of the Software, and support as described in Art. 8, without any fee.

Art. 8 (Support and maintenance)
8.1 Faults are classified as follows:
- Severity 1: the Software cannot be started or designs cannot be saved or exported on more than one workstation;
- Severity 2: an important function does not work and there is no reasonable work-around;
- Severity 3: all other faults and questions.
8.2 For Severity 1 faults the Supplier shall respond within 1 hour, at any time of day, through its authorised support partner in Suzhou, and restore operation within 8 hours. For Severity 2 faults it shall respond within 6 business hours and provide a fix or work-around within three working days. Severity 3 questions are answered within two working days.
8.3 If the Supplier misses a response or restoration time for a Severity 1 fault, it owes the Customer CNY 1,000 for each hour of delay. After the Warranty Period this amount is set off against the next support invoice.
8.4 After the Warranty Period the Customer may order annual support. The annual support fee is 11% of the Licence subtotal, being CNY 85,140 per year, and is fixed for the first three support years. Thereafter the Supplier may increase the fee once a year by no more than 3%.
8.5 Annual support is ordered by written purchase order for each year and does not renew automatically.

Art. 9 (Intellectual property)
9.1 All intellectual property rights in the Software remain with the Supplier or its licensors.
9.2 All intellectual property rights in the Deliverables, including templates, parts libraries, converted models and scripts, vest in the Customer upon creation. The Customer may use, modify and license the Deliverables freely and may have them maintained by third parties. The Supplier shall hand over the Deliverables in editable form.

Art. 10 (Customer Data and security)
10.1 Customer Data is and remains the property of the Customer. The Supplier shall use Customer Data only to perform this Agreement and shall not copy, retain or analyse it for any other purpose.
10.2 The Supplier shall access the Customer's systems only through a remote session opened by the Customer for each intervention, with two-factor authentication. All sessions are logged. No Customer Data may be copied to systems outside the Customer's premises. The Supplier shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
10.3 The Supplier shall notify the Customer in writing within 24 hours after it becomes aware of any unauthorised access to or loss of Customer Data, shall cooperate in limiting the damage and shall be liable for all loss caused by its failure to meet this Art. 10.

Art. 11 (Confidentiality)
11.1 Each Party shall keep secret all confidential information of the other Party, including unreleased frame designs, the names of the Customer's OEM clients and prices, and shall use it only for this Agreement.
11.2 This obligation continues for five years after the end of this Agreement.

Art. 12 (Delay)
12.1 If Go-Live is not achieved on the date set in Art. 5.2 for reasons attributable to the Supplier, the Supplier shall pay the Customer liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.

Art. 13 (Liability)
13.1 The total liability of the Supplier under this Agreement is limited to 150% of the Contract Price.
13.2 This limitation does not apply in case of intent or gross negligence, infringement of third-party intellectual property rights, or breach of Art. 10 or Art. 11.

Art. 14 (Subcontracting)
14.1 The Supplier's support partner in Suzhou, Suzhou Lianjing Software Services Co., Ltd., is approved by the Customer by signing this Agreement.
14.2 The Supplier shall not engage any other subcontractor without the Customer's prior written consent. The Supplier remains fully responsible for the work of its subcontractors.

Art. 15 (Termination)
15.1 Either Party may terminate this Agreement by written notice if the other Party materially breaches it and fails to remedy the breach within thirty days after a written notice of default.
15.2 The Customer may also terminate this Agreement if Go-Live has not been achieved sixty days after the date set in Art. 5.2.
15.3 On termination the Supplier shall hand over all Deliverables and Customer Data.

Art. 16 (Governing law and disputes)
16.1 This Agreement is governed by the laws of the Netherlands. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
16.2 All disputes arising from this Agreement shall be finally settled by arbitration in accordance with the Arbitration Rules of the Netherlands Arbitration Institute. The place of arbitration is Amsterdam. The arbitration shall be conducted in English by one arbitrator.

Art. 17 (Final provisions)
17.1 The Annexes form part of this Agreement: Annex 1 (implementation plan) and Annex 2 (functional description and acceptance tests).
17.2 Changes to this Agreement are valid only if agreed in writing by both Parties.

Thus agreed and signed in duplicate.

Rottum Design Systems B.V.                       Danyang Jingrui Optical Frame Co., Ltd.
Name: __________________                         Name: __________________
Title: managing director                         Title: legal representative
Place and date: Rottumerplaat, ____ 2025         Place and date: Danyang, ____ 2025
"""

# ---------------------------------------------------------------------------------------------------------------
# h186e02 — Lugu Lake guesthouse, reservation SaaS, Order Form + General Terms; vendor on Böhmke (German style),
#           .md, "§ N (1)"
# ---------------------------------------------------------------------------------------------------------------
H186E02 = """# Order Form No. BHC-2025-0387

**Böhmke Hospitality Cloud GmbH**, Böhmke 1, 17406 Usedom, Germany, entered in the commercial register of the Local Court of Greifswald under HRB 21987 ("**Provider**")

and

**Ninglang Luguhu Shuiyue Guesthouse Co., Ltd.**, Luoshui Village, Yongning Township, Ninglang Yi Autonomous County, Lijiang, Yunnan Province, People's Republic of China ("**Customer**")

conclude the following contract for cloud services. The contract consists of Part A (Order Form) and Part B (General Terms and Conditions for Cloud Services, version 3.2). Part B has been drafted for this Order Form and applies only to it.

## Part A – Order Form

| | |
|---|---|
| Service | LakeStay PMS (property management), channel manager and direct booking engine, Chinese-language interface |
| Property | Shuiyue Guesthouse, 28 rooms, Luoshui Village |
| Users | up to 8 named users, mobile housekeeping app for all staff |
| Channels | Ctrip, Meituan, Fliggy, Qunar and the Customer's WeChat mini-program |
| Hosting | Alibaba Cloud, Hangzhou region (mainland China) |
| Initial term | 24 months from the Go-Live Date |
| Monthly subscription fee | CNY 3,850 |
| Subscription fees for the initial term | CNY 92,400 (24 × CNY 3,850) |
| One-time onboarding fee | CNY 12,600 (set-up, channel mapping, import of guest and booking data, two remote training days) |
| **Total contract value** | **CNY 105,000** |
| Currency | Chinese yuan (CNY), at the Customer's request |
| Target Go-Live Date | 45 days after signature of this Order Form |

## Part B – General Terms and Conditions for Cloud Services

### § 1 Subject matter

(1) The Provider makes the LakeStay software available to the Customer as a cloud service via the internet for the term of the contract. The functions are described in the service description attached as Annex 1.

(2) The Provider shall perform the onboarding services listed in Part A, including the mapping of room types and rate plans to each channel and the import of the Customer's existing guest and booking data.

(3) The Customer receives no copy of the software. The Customer shall provide its own internet access and end devices.

### § 2 Term and renewal

(1) The contract begins on signature. The initial term begins on the Go-Live Date and runs for the period stated in Part A.

(2) The contract renews automatically for successive periods of one year unless either party gives notice of non-renewal no later than three months before the end of the current term.

(3) For each renewal period the Provider may adjust the monthly subscription fee to its price list then in force. The Provider shall announce the new fee at least six weeks before the renewal period begins.

### § 3 Fees and payment

(1) The fees are stated in Part A and include value-added tax.

(2) The monthly subscription fee is invoiced monthly in arrears, starting with the month in which the Go-Live Date falls (pro rata). The onboarding fee is invoiced after Go-Live Acceptance under § 4. No fees are payable in advance.

(3) Invoices are payable within 20 days of receipt by bank transfer to the Provider's CNY account. The Provider shall issue a valid Chinese tax invoice through its agent in Kunming.

### § 4 Onboarding and Go-Live Acceptance

(1) The Provider shall complete the onboarding services so that the Customer can go live by the target date stated in Part A.

(2) Go-Live Acceptance takes place when the following tests have been passed in the Customer's presence:

1. availability and rates changed in the PMS appear on all five channels within 60 seconds;
2. test bookings made on each channel arrive in the PMS within 60 seconds and block the room on all other channels;
3. the imported guest and booking records are complete, checked by the Customer against its previous records;
4. check-in, check-out, invoicing and the housekeeping app work for all room types;
5. for five consecutive days no overbooking is caused by the service.

(3) The Customer shall confirm Go-Live Acceptance in writing (e-mail is sufficient) within five working days after the tests have been passed or name the deficiencies. The mere activation of the service or its use by the Customer does not constitute Go-Live Acceptance.

### § 5 Service levels

(1) The Provider guarantees an availability of the service of 99.95% per calendar month, measured at the exit of the data centre, excluding maintenance windows announced at least 48 hours in advance between 02:00 and 05:00 Beijing time.

(2) Incidents are classified as follows: Priority 1 – the PMS or the channel synchronisation is not available; Priority 2 – individual functions are impaired; Priority 3 – other faults and questions. The Provider responds to Priority 1 incidents within 30 minutes, 24 hours a day, through its Chinese-language hotline, and restores the service within 3 hours. Priority 2 incidents are answered within 2 hours and resolved within one working day; Priority 3 within two working days.

(3) If availability in a month falls below the guaranteed value, the Customer receives a service credit of 5% of the monthly fee; below 99.5%, 10%; below 99.0%, 20%. For each hour by which the restoration time for a Priority 1 incident is exceeded, the Customer receives a further credit of 3% of the monthly fee. Credits are deducted from the next invoice.

### § 6 Customer data, data protection and security

(1) All data that the Customer enters into the service or that arise from its use, in particular guest names, identity document numbers, contact details and booking histories ("Customer Data"), belong to the Customer. The Provider processes Customer Data on the Customer's behalf to provide the service.

(2) The Provider may compile and use anonymised and aggregated booking, occupancy and pricing data derived from Customer Data for benchmarking, market reports and the development of its products, also after the end of the contract.

(3) The Provider stores Customer Data exclusively in the hosting region stated in Part A. It shall protect Customer Data by encryption in transit and at rest, role-based access control, logging of all administrative access and daily back-ups kept for 30 days. The service holds a record of classified protection (MLPS) level 2.

(4) The Provider shall notify the Customer without undue delay, and in any case within 24 hours, of any security incident affecting Customer Data, shall take all measures necessary to limit its effects and shall bear the damage caused by incidents for which it is responsible.

(5) The Provider shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China. Upon termination the Provider shall provide a complete export of Customer Data in CSV format and delete Customer Data within 30 days thereafter.

### § 7 Rights of use; intellectual property

(1) The Provider grants the Customer a non-exclusive right, limited to the term of the contract, to use the service for its own business.

(2) All rights in the software remain with the Provider.

(3) Room-type and rate-plan configurations, message templates, website texts and reports created for the Customer during onboarding belong to the Customer. The Customer may use and modify them freely and pass them on to other service providers.

### § 8 Confidentiality

(1) Both parties shall keep confidential all information of the other party marked as confidential or recognisable as confidential, in particular prices, occupancy figures and business plans, and shall use it only for the purposes of this contract.

(2) This obligation continues for three years after the end of the contract.

### § 9 Delay

(1) If the Go-Live Date is delayed for reasons for which the Provider is responsible, the Provider shall pay the Customer a contractual penalty of CNY 150 for each calendar day of delay, up to a maximum of CNY 6,000.

(2) If the delay exceeds 30 days, the Customer may withdraw from the contract; fees already paid are refunded.

### § 10 Liability

(1) The Provider is liable without limitation for intent and gross negligence, for injury to life, body or health and for breach of § 6.

(2) In all other cases the total liability of the Provider under this contract is limited to twice the total contract value stated in Part A.

### § 11 Subcontractors

(1) The Provider uses Alibaba Cloud as hosting provider and its agent in Kunming for local support and invoicing.

(2) The Provider may engage further subcontractors and sub-processors. It shall inform the Customer of any new subcontractor by e-mail at least 14 days before the engagement. The Provider remains responsible for its subcontractors.

### § 12 Termination

(1) The right of either party to terminate the contract for good cause remains unaffected. Good cause for the Customer exists in particular if the Provider materially breaches the contract and does not remedy the breach within 14 days after a written warning, or if the monthly availability falls below 99.0% in two consecutive months.

(2) Notice of termination must be given in writing.

### § 13 Governing law; disputes

(1) At the Customer's request, this contract is governed by the laws of the People's Republic of China.

(2) Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The language of the arbitration is English.

### § 14 Final provisions

(1) Amendments and additions to this contract must be made in writing. This also applies to a waiver of the written form requirement.

(2) Should individual provisions of this contract be or become invalid, the validity of the remaining provisions shall remain unaffected.

Usedom, ________ 2025 — for the Provider: ________________

Ninglang, ________ 2025 — for the Customer: ________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h186e03 — Dalian sea-urchin nursery, temperature sensors + maintenance; integrator on the Île aux Chevaux
#           (French), buyer's paper, .docx with a Word price table, "Article N – title"
# ---------------------------------------------------------------------------------------------------------------
H186E03 = """
T:Supply, Installation and Maintenance Contract – Hatchery Water-Temperature Monitoring System
P:Contract No. LSHD-EQ-2025-09
P:BETWEEN Dalian Lüshun Haidan Sea Urchin Hatchery Co., Ltd., a company incorporated in the People's Republic of China, whose registered office is at No. 12 Tieshan Coast Road, Lüshunkou District, Dalian, Liaoning Province, represented by its general manager (hereinafter "the Buyer"),
P:AND Chevaux Marine Instruments SAS, a simplified joint-stock company incorporated in France, whose registered office is on the Île aux Chevaux, Morbihan, France, registered with the trade and companies register of Lorient, represented by its président (hereinafter "the Supplier"),
P:hereinafter together "the Parties".
P:PREAMBLE. The Buyer operates a sea-urchin (Strongylocentrotus intermedius) hatchery and nursery with four indoor nursery halls and a seawater intake. Larvae and juvenile urchins are highly sensitive to water temperature. Following a competitive consultation, the Buyer has selected the Supplier to supply, install, commission and maintain a monitoring system for water temperature in the nursery tanks and the intake. This contract is drawn up on the Buyer's standard form. At the Buyer's request all prices are in Chinese yuan (CNY).
H:Article 1 – Object of the Contract
P:1.1 The Supplier shall supply, install, calibrate and commission the Monitoring System described in Annex 1 (Technical Specification), train the Buyer's staff, and provide warranty service and, if ordered, post-warranty maintenance.
P:1.2 The Monitoring System consists of multi-depth temperature sensor strings in the intake and settlement tanks, titanium probes in each nursery tank, wireless gateways, and monitoring and alarm software installed on the Buyer's server, with SMS and WeChat alarms to the duty staff.
H:Article 2 – Contract Price
P:2.1 The Contract Price is CNY 875,000 (eight hundred and seventy-five thousand yuan), including all taxes, import duties, transport to the Buyer's site, insurance, installation and training. It is fixed and not subject to revision. The breakdown is as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multi-depth temperature sensor string, 6 points, 0–30 °C|64|4,850|310,400
TB:2|Tank-side temperature probe, titanium housing|180|1,260|226,800
TB:3|Wireless gateway with 4G back-up|12|9,600|115,200
TB:4|Monitoring and alarm software, perpetual licence|1|138,000|138,000
TB: |Hardware and Licence Subtotal| | |790,400
TB:5|Installation, calibration and commissioning|1|76,600|76,600
TB:6|Training (two sessions on site)|1|8,000|8,000
TB: |Contract Price| | |875,000
P:2.2 Post-warranty maintenance is not included in the Contract Price; its price is fixed in Article 8.
H:Article 3 – Terms of Payment
P:3.1 10% of the Contract Price (CNY 87,500) within 20 days after signature, against an advance-payment bank guarantee of the same amount.
P:3.2 60% of the Contract Price (CNY 525,000) within 20 days after delivery and installation of all equipment, confirmed by a delivery and installation note. This note records quantities only and does not constitute acceptance.
P:3.3 25% of the Contract Price (CNY 218,750) within 20 days after Final Acceptance.
P:3.4 5% of the Contract Price (CNY 43,750) is retained as a performance retention and released within 20 days after the end of the warranty period.
P:3.5 Each payment requires a valid Chinese VAT invoice issued by the Supplier's agent in Dalian.
H:Article 4 – Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's hatchery within 60 days after signature and complete installation within 25 days after delivery.
P:4.2 Installation in the nursery halls shall be carried out without draining tanks that contain larvae or juveniles. The Supplier shall submit an installation method statement for the Buyer's approval at least ten days before work starts. All wetted parts shall be made of titanium or food-grade materials that release no substances harmful to the animals.
P:4.3 Risk in the equipment passes to the Buyer upon signature of the delivery and installation note.
H:Article 5 – Final Acceptance
P:5.1 After commissioning, the Parties shall run the Monitoring System for 30 consecutive days. Final Acceptance is granted when: (a) every sensor, checked against a calibrated reference thermometer at three temperatures, reads within ±0.1 °C; (b) a simulated out-of-range temperature at any tank triggers an SMS and WeChat alarm to the duty staff within 60 seconds; (c) readings from all sensors are recorded at one-minute intervals with no gap longer than five minutes during the 30 days; (d) the documentation listed in Annex 1 has been delivered.
P:5.2 The Buyer shall sign the Final Acceptance certificate within seven days after the criteria are met, or notify the defects in writing. Installation, commissioning and use of the system do not constitute acceptance.
H:Article 6 – Warranty
P:6.1 The Supplier warrants the equipment and software for 24 months from Final Acceptance. During this period it shall repair or replace faulty equipment and correct software defects free of charge, including parts, labour and travel, and recalibrate all sensors once every six months.
P:6.2 Fault response during the warranty period: for a critical fault (loss of temperature readings or alarms for a whole nursery hall or the intake) the Supplier shall respond remotely within 30 minutes, at any time, and have a technician on site within 6 hours; the fault shall be repaired or bypassed with spare equipment within 12 hours. Other faults shall be answered within one working day and repaired within five working days.
P:6.3 The Supplier shall keep a stock of spare sensors and one spare gateway at its agent's premises in Dalian.
P:6.4 For each hour by which the on-site or repair time for a critical fault is exceeded, the Supplier shall pay the Buyer CNY 800, which the Buyer may deduct from the performance retention.
H:Article 7 – Intellectual Property
P:7.1 The monitoring and alarm software remains the property of its publisher; the Buyer receives a perpetual licence to use it for the hatchery.
P:7.2 The alarm logic, tank layout screens, dashboards and reports configured by the Supplier for the Buyer under this contract remain the property of the Supplier. The Buyer receives a non-exclusive, non-transferable licence to use them at the hatchery. The Buyer may not modify them or disclose them to third parties, and changes shall be made by the Supplier.
H:Article 8 – Post-Warranty Maintenance
P:8.1 After the warranty period the Buyer may order annual maintenance covering six-monthly recalibration, repairs, spare parts and software updates, with the response times of Article 6.2.
P:8.2 The annual maintenance fee is 9.5% of the Hardware and Licence Subtotal, that is CNY 75,088 per year, fixed for the first three maintenance years. Maintenance is ordered in writing each year and does not renew automatically.
H:Article 9 – Buyer Data and Security
P:9.1 All temperature records, alarm logs, tank and production data collected by the Monitoring System are the Buyer's data and belong to the Buyer. The Supplier shall use them only to perform this contract and shall not keep copies.
P:9.2 The software and database run on the Buyer's server at the hatchery. Remote access by the Supplier requires the Buyer's approval for each session, uses an account provided by the Buyer and is logged. The gateways shall send data only to the Buyer's server.
P:9.3 The Supplier shall report any security incident affecting the Buyer's data or systems within 12 hours, shall assist the Buyer in containing it and shall compensate the Buyer for losses caused by its breach of this Article.
H:Article 10 – Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's breeding methods, stock, production volumes and customers obtained under this contract and shall not disclose it without the Buyer's prior written consent. This obligation survives the contract for five years.
H:Article 11 – Penalties for Delay and Liability
P:11.1 If the Supplier fails to complete delivery and installation within the periods of Article 4.1, it shall pay the Buyer a penalty of 0.03% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:11.2 The Supplier shall compensate the Buyer for loss of stock caused by defective equipment or by the Supplier's failure to respond to a critical fault within the times of Article 6.2.
H:Article 12 – Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier's agent in Dalian, Dalian Haiyuan Instrument Service Co., Ltd., is approved for installation and on-site service by the signature of this contract. The Supplier remains liable for the work of its agent.
H:Article 13 – Termination
P:13.1 The Buyer may terminate this contract by registered letter if the Supplier commits a material breach and does not remedy it within 15 days after formal notice, or if the maximum penalty for delay is reached. The Supplier shall then refund the amounts paid for equipment not accepted.
H:Article 14 – Governing Law and Disputes
P:14.1 This contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute that cannot be settled amicably within 30 days shall be submitted to the Dalian Arbitration Commission for arbitration in Dalian in accordance with its rules. The award is final and binding on both Parties.
H:Article 15 – Miscellaneous
P:15.1 This contract is made in English in two original copies, one for each Party. Annex 1 (Technical Specification) and Annex 2 (Installation Method Statement) form part of it.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Dalian, ____ 2025    Île aux Chevaux, ____ 2025
"""

# ---------------------------------------------------------------------------------------------------------------
# h186e04 — Xiamen game-localisation studio, managed IT + desktop support; provider on Fidra (Scottish style),
#           .txt, "Clause N"
# ---------------------------------------------------------------------------------------------------------------
H186E04 = """MANAGED IT AND DESKTOP SUPPORT SERVICES AGREEMENT

between

FIDRA MANAGED SERVICES LIMITED, a company incorporated under the Companies Acts in Scotland (Registered Number SC694215) and having its Registered Office at The Lighthouse Steading, Fidra, North Berwick, East Lothian, Scotland (hereinafter referred to as "the Provider")

and

XIAMEN LINGYU LOCALISATION STUDIO CO., LTD., a company incorporated in the People's Republic of China and having its registered office at Unit 1602, No. 99 Software Park Phase III, Jimei District, Xiamen, Fujian Province (hereinafter referred to as "the Client")

WHEREAS the Client localises and tests video games for publishers, employs approximately 110 staff in Xiamen and wishes to outsource the day-to-day management of its IT infrastructure and desktop support; and the Provider, which delivers such services in the People's Republic of China through its wholly owned subsidiary Fidra Managed Services (Xiamen) Co., Ltd. ("the Xiamen Subsidiary"), has agreed to provide them on the terms set out below;

NOW THEREFORE the parties HAVE AGREED and DO HEREBY AGREE as follows:

Clause 1 Definitions and Interpretation
1.1 In this Agreement:
"Services" means the managed IT services and desktop support services described in Part 1 of the Schedule;
"Commencement Date" means the date on which the Client issues the Transition Acceptance certificate under Clause 4;
"Service Period" means the period of twenty-four months from the Commencement Date;
"Client Data" means all data, files and materials of the Client or its customers processed, stored or accessed in the course of the Services, including game scripts, unreleased builds, art assets, translation memories, glossaries and personal information of staff;
"Incident" means an unplanned interruption to, or reduction in the quality of, an IT service used by the Client;
"Business Hours" means 09:00 to 18:00 Beijing time on Monday to Friday, excluding public holidays in the People's Republic of China.

Clause 2 The Services
2.1 The Provider shall provide the Services from the Commencement Date for the Service Period. The Services comprise:
(a) a service desk reachable by telephone, e-mail and the Client's messaging platform in Mandarin and English;
(b) desktop support for up to 110 users, including on-site support at the Client's studio by one resident engineer during Business Hours, device set-up, software installation and hardware replacement;
(c) management of the Client's servers, network attached storage, firewall, switches and wireless network;
(d) management of back-ups of the file servers and build servers, with a monthly test restore;
(e) patching, anti-malware and mobile device management for all managed devices;
(f) monthly service reports and a quarterly service review with the Client.

Clause 3 Charges and Payment
3.1 The charges are as follows:
  Desktop support: 110 users at CNY 420 per user per month = CNY 46,200 per month
  Infrastructure management: CNY 18,800 per month
  Monthly service charge: CNY 65,000
  Monthly service charges over the Service Period: 24 x CNY 65,000 = CNY 1,560,000
  Transition charge (one-off): CNY 48,000
  Total contract value: CNY 1,608,000
3.2 All charges are stated in Chinese yuan (CNY) at the request of the Client and are inclusive of VAT.
3.3 The Monthly service charge is invoiced monthly in arrears by the Xiamen Subsidiary. The Transition charge is invoiced after Transition Acceptance. Nothing is payable in advance.
3.4 The Client shall pay each undisputed invoice within thirty days of its receipt. If users are added or removed, the desktop support charge is adjusted from the following month at CNY 420 per user.

Clause 4 Transition and Transition Acceptance
4.1 The Provider shall carry out the transition described in Part 2 of the Schedule and shall complete it within forty-five days after the date of signature of this Agreement.
4.2 Transition Acceptance shall be given when the Provider has demonstrated that:
(a) an inventory of all hardware, software licences and accounts has been compiled and checked with the Client;
(b) all file and build servers are backed up and a full test restore of a sample project has succeeded;
(c) runbooks for all managed systems have been delivered and reviewed by the Client;
(d) all managed devices are enrolled in mobile device management and patched to current levels;
(e) the service desk has handled Client tickets for ten working days without an unresolved Priority 1 Incident.
4.3 The Client shall issue the Transition Acceptance certificate within five working days after the Provider has demonstrated the criteria in Clause 4.2, or state in writing which criteria are not met. Starting to use the Services does not amount to Transition Acceptance.

Clause 5 Service Levels
5.1 The Provider shall use its reasonable endeavours to meet the following service levels:
  Priority 1 (studio-wide outage of the network, file servers or build servers): response within 6 hours, resolution target 1 working day;
  Priority 2 (outage affecting a team or a single critical system): response within 8 Business Hours, resolution target 3 working days;
  Priority 3 (single user or non-urgent issue): response within 2 working days, resolution target 5 working days;
  Service requests (new starters, software installation): fulfilment within 3 working days.
5.3 The service levels are targets. Failure to meet any of them shall not entitle the Client to any service credit, reduction of charges or damages, but the Provider shall prepare and implement an improvement plan agreed with the Client if a service level is missed in two consecutive months.

Clause 6 Client Data and Security
6.1 All Client Data shall remain the property of the Client. The Provider shall process Client Data only to perform the Services and in accordance with the Client's instructions and shall not use, copy or disclose it for any other purpose.
6.2 The Provider shall maintain information security controls certified to ISO/IEC 27001, including least-privilege access, multi-factor authentication for all administrative accounts, encrypted storage of back-ups and logging of administrative actions. Client Data shall be kept only on the Client's own systems and back-up media in the People's Republic of China. The Provider shall comply with publisher security requirements notified by the Client for unreleased titles.
6.3 The Provider shall notify the Client within 24 hours of becoming aware of any actual or suspected security breach affecting Client Data, shall take all steps necessary to contain it and shall be liable for losses of the Client caused by its breach of this Clause 6, including amounts the Client must pay to publishers as a result.
6.4 On expiry or termination the Provider shall return all credentials, documentation and Client Data and shall securely erase any copies held by it.

Clause 7 Intellectual Property
7.1 Runbooks, configuration scripts, network diagrams, documentation and reports prepared by the Provider for the Client shall belong to the Client, which may use, modify and pass them to any successor provider.
7.2 The Provider's own tools and monitoring software remain its property; the Client obtains no rights in them except as needed to receive the Services.

Clause 8 Confidentiality
8.1 Each party shall keep confidential the other's confidential information, including in the case of the Client the identity of its publisher clients, unreleased titles and commercial terms, and shall not disclose it to any third party without the other's prior written consent.
8.2 This Clause 8 shall survive for five years after the end of this Agreement.

Clause 9 Delay in Transition
9.1 If the Provider fails to complete the transition within the period set out in Clause 4.1 for reasons within its control, the Provider shall pay the Client liquidated damages of CNY 1,200 for each day of delay, up to a maximum of CNY 36,000.
9.2 If the delay exceeds thirty days, the Client may terminate this Agreement under Clause 12.

Clause 10 Limitation of Liability
10.1 The total liability of the Provider under or in connection with this Agreement, whether in contract, delict or otherwise, shall not exceed CNY 450,000.
10.2 Neither party excludes or limits liability for death or personal injury caused by negligence or for fraud.
10.3 The Provider shall not be liable for any loss of profit or indirect loss.

Clause 11 Subcontracting
11.1 The Xiamen Subsidiary shall perform the Services on the Provider's behalf and is approved by the Client on signature. The Provider shall not subcontract any other part of the Services without the Client's prior written consent, and shall remain responsible for all acts and omissions of the Xiamen Subsidiary and any approved subcontractor.

Clause 12 Term and Termination
12.1 This Agreement shall come into force on the date of signature and, unless terminated earlier, shall expire at the end of the Service Period. Any extension shall be agreed in writing between the parties. There is no automatic renewal.
12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach which is incapable of remedy or which is not remedied within thirty days of a written notice requiring it to be remedied.
12.3 The Client may terminate this Agreement on ninety days' written notice after the end of the first year of the Service Period, on payment of the charges up to the date of termination.

Clause 13 Governing Law and Jurisdiction
13.1 At the request of the Client, this Agreement shall be governed by and construed in accordance with the laws of the People's Republic of China.
13.2 Any dispute arising out of or in connection with this Agreement shall be referred to the Xiamen Arbitration Commission for arbitration in Xiamen in accordance with its rules then in force.

Clause 14 General
14.1 This Agreement, together with the Schedule, constitutes the entire agreement between the parties.
14.2 No variation of this Agreement shall be effective unless made in writing and signed by both parties.

SCHEDULE
Part 1 Service description. Part 2 Transition plan.

IN WITNESS WHEREOF these presents consisting of this and the preceding pages together with the Schedule are executed as follows:

Subscribed for and on behalf of FIDRA MANAGED SERVICES LIMITED
at North Berwick on ______________ 2025 by ______________, Director, before this witness ______________

Subscribed for and on behalf of XIAMEN LINGYU LOCALISATION STUDIO CO., LTD.
at Xiamen on ______________ 2025 by ______________, Legal Representative, with the company chop affixed
"""

# ---------------------------------------------------------------------------------------------------------------
# h186e05 — Shaanxi kiwifruit exporter, phytosanitary-certificate API subscription + integration; vendor on the
#           Columbretes islands (Spanish style), .pdf, "N. HEADING"
# ---------------------------------------------------------------------------------------------------------------
H186E05 = """
T:API SUBSCRIPTION AND INTEGRATION SERVICES CONTRACT
P:Contract reference: CAD-SX-2025-031
H:APPEARING PARTIES
P:ON THE ONE PART, COLUMBRETES AGRITRADE DATA, S.L., a Spanish limited company with tax identification number B-12984730, registered office at Illa Grossa, Columbretes Islands, 12100 Castellón, Spain, entered in the Mercantile Register of Castellón, represented by its sole director (hereinafter "the PROVIDER").
P:ON THE OTHER PART, SHAANXI ZHOUZHI QINLING KIWIFRUIT EXPORT CO., LTD., a company incorporated in the People's Republic of China, registered office at No. 8 Mihoutao Avenue, Zhouzhi County, Xi'an, Shaanxi Province, represented by its legal representative (hereinafter "the CUSTOMER").
P:Both parties acknowledge each other's legal capacity to enter into this contract and to that effect
H:STATE
P:I. That the PROVIDER operates CertiPhyto, an application programming interface (API) service that prepares phytosanitary-certificate application data for fresh fruit consignments, checks it against the import requirements of the destination countries, and tracks the status of electronic phytosanitary certificates (ePhyto) exchanged between national plant-protection organisations.
P:II. That the CUSTOMER exports fresh kiwifruit from its packing houses in Zhouzhi County to Southeast Asia, the Middle East and Europe, and wishes to connect its export-management system to CertiPhyto so that consignment data no longer has to be typed in by hand.
P:III. That, at the CUSTOMER's request, all amounts in this contract are expressed and payable in Chinese yuan (CNY).
P:Therefore, the parties agree to enter into this contract, which shall be governed by the following
H:CLAUSES
H:1. SUBJECT MATTER
P:1.1 The PROVIDER grants the CUSTOMER access to the CertiPhyto API and web portal for the Subscription Term, for up to 2,400 consignments per Subscription Year and for all destination markets listed in Annex I.
P:1.2 The PROVIDER shall build and test the integration between CertiPhyto and the CUSTOMER's export-management system, including the mapping of orchard registration numbers, packing-house codes, cold-treatment records and pallet labels (the "Integration Services"), and shall train the CUSTOMER's export documentation staff.
P:1.3 The CUSTOMER remains responsible for submitting applications to the competent customs authority. CertiPhyto prepares, checks and tracks the data; it does not issue certificates.
P:1.4 The PROVIDER shall keep the destination requirements in CertiPhyto up to date and shall inform the CUSTOMER within two working days of any change published by a destination country that affects kiwifruit.
H:2. TERM
P:2.1 The Subscription Term is thirty-six months from the Service Start Date, which is the date of Integration Acceptance under Clause 5.
P:2.2 At the end of the Subscription Term the contract shall be extended automatically for one further year at the same annual fee, unless either party gives written notice of non-renewal at least sixty days before the end of the term. Any later extension requires a new written agreement.
H:3. PRICE
P:3.1 The total price of this contract is CNY 660,000, broken down as follows:
TB:Annual subscription fee|CNY 186,000 per Subscription Year x 3|CNY 558,000
TB:Integration Services (one-off)|fixed price|CNY 94,000
TB:Training (two days on site in Zhouzhi)|fixed price|CNY 8,000
TB:Total price|CNY 660,000
P:3.2 Consignments beyond the annual allowance are charged at CNY 60 each and are not included in the total price.
P:3.3 Prices include VAT and all travel costs and are fixed for the Subscription Term.
H:4. PAYMENT
P:4.1 Within fifteen days after signature of this contract, and in any case before the Service Start Date, the CUSTOMER shall pay the PROVIDER an advance payment of 35% of the total price, that is CNY 231,000.
P:4.2 The advance payment is set off first against the price of the Integration Services and the training (CNY 102,000), which are therefore not invoiced again after Integration Acceptance, and then against the first subscription invoices until the remaining CNY 129,000 has been used up.
P:4.3 The annual subscription fee is invoiced quarterly in arrears, at CNY 46,500 per quarter, less any set-off under Clause 4.2, and each invoice shall be paid within fifteen days after its date.
P:4.4 Invoices are issued in CNY by the PROVIDER's appointed billing agent in Xi'an, together with a valid Chinese tax invoice.
H:5. INTEGRATION AND ACCEPTANCE
P:5.1 The PROVIDER shall complete the Integration Services within seventy-five days after signature of this contract.
P:5.2 Integration Acceptance shall take place when: (a) fifty test consignments covering all destination markets in Annex I have been transmitted from the CUSTOMER's system and returned with correct validation results; (b) every field required by the destination requirements is filled automatically from the CUSTOMER's data, without manual entry; (c) certificate status updates appear in the CUSTOMER's system within fifteen minutes of a change; (d) the CUSTOMER's staff have been trained and the interface documentation has been delivered.
P:5.3 The CUSTOMER shall confirm Integration Acceptance in writing within seven working days after the tests have been passed, or state the defects found. Sending live consignments through the interface does not constitute acceptance.
H:6. SERVICE LEVELS
P:6.1 The PROVIDER guarantees an availability of the CertiPhyto API of 99.5% in each calendar month, excluding scheduled maintenance announced at least three days in advance and performed between 00:00 and 04:00 Beijing time.
P:6.2 Incidents are handled as follows: Priority 1 (the API is unavailable or validations fail for all consignments) – response within 1 hour, 24 hours a day, seven days a week; Priority 2 (a single destination market or function is affected) – response within 8 hours; Priority 3 – response within two working days.
P:6.3 If monthly availability is below the guaranteed level, the CUSTOMER shall receive a credit of 5% of the monthly equivalent of the annual fee for each full 0.5 percentage point below, up to 25 percent of that monthly amount. Credits are deducted from the next invoice or refunded at the end of the term.
H:7. DATA OWNERSHIP AND SECURITY
P:7.1 All consignment data, grower and orchard information, buyer details and documents uploaded by the CUSTOMER or generated from them ("Customer Data") belong to the CUSTOMER. The PROVIDER shall use Customer Data only to provide the services under this contract and shall not use it, in any form, for any other purpose.
P:7.2 Customer Data shall be stored and processed only on servers in mainland China operated for the PROVIDER by Huawei Cloud (Guiyang region). The PROVIDER shall not transfer Customer Data outside mainland China. It shall apply encryption in transit and at rest, multi-factor authentication for administrators, role-based access and audit logging, and shall keep the service under an MLPS level-2 record.
P:7.3 The PROVIDER shall notify the CUSTOMER of any security incident affecting Customer Data within 12 hours of becoming aware of it, shall take all measures needed to contain it and shall compensate the CUSTOMER for the damage caused by incidents attributable to the PROVIDER.
P:7.4 Within thirty days after the end of the contract the PROVIDER shall return all Customer Data in a structured format and then delete it, certifying the deletion in writing.
H:8. INTELLECTUAL PROPERTY
P:8.1 The CertiPhyto platform and API remain the property of the PROVIDER.
P:8.2 The connector, field mappings, scripts and documentation developed for the CUSTOMER in the Integration Services belong to the CUSTOMER, which may use, modify and license them freely and have them maintained by third parties. The PROVIDER shall deliver their source code on Integration Acceptance.
H:9. CONFIDENTIALITY
P:9.1 Each party shall keep confidential the information received from the other party, in particular the CUSTOMER's export volumes, prices, buyers and growers, and shall not disclose it to third parties without prior written authorisation. This duty survives for three years after the end of the contract.
H:10. PENALTY FOR DELAY
P:10.1 If the Integration Services are not completed within the period of Clause 5.1 for reasons attributable to the PROVIDER, the PROVIDER shall pay a penalty of 0.1% of the total price for each day of delay, up to 10% of the total price.
H:11. LIABILITY
P:11.1 The total liability of the PROVIDER under this contract shall not exceed one and a half times the total price stated in Clause 3.1.
P:11.2 This limit does not apply to wilful misconduct, gross negligence or breach of Clauses 7 and 9.
H:12. SUBCONTRACTING
P:12.1 Huawei Cloud as hosting provider and the billing agent in Xi'an are accepted by the CUSTOMER on signature. The PROVIDER may not subcontract any other part of the services without the CUSTOMER's prior written consent.
H:13. TERMINATION
P:13.1 Either party may terminate this contract if the other party seriously breaches its obligations and does not cure the breach within twenty days after being required to do so in writing.
P:13.2 The CUSTOMER may also terminate this contract if monthly availability is below 98% in two consecutive months. In case of termination for the PROVIDER's breach, the PROVIDER shall refund any part of the advance payment not yet set off and shall continue the service for up to sixty days, at the CUSTOMER's request, so that the CUSTOMER can move to another solution.
H:14. APPLICABLE LAW AND JURISDICTION
P:14.1 This contract shall be governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Xi'an Arbitration Commission for arbitration in Xi'an. The award shall be final.
P:And in witness whereof, the parties sign this contract in duplicate and to a single effect, in the place and on the date indicated below.
P:For the PROVIDER: ____________________  Castellón, ____ 2025
P:For the CUSTOMER: ____________________  Zhouzhi, ____ 2025
"""

# ---------------------------------------------------------------------------------------------------------------
PLAIN = {  # written as they are (UTF-8)
    "h186z02_dyeing_plant_online_colour_inspection.txt": H186Z02,
    "h186z03_bookshop_chain_member_inventory_saas.md": H186Z03,
    "h186z05_duck_egg_traceability_supplier_template.md": H186Z05,
    "h186e01_eyewear_frame_design_licence_dutch_vendor.txt": H186E01,
    "h186e02_lugu_lake_guesthouse_reservation_saas.md": H186E02,
    "h186e04_localisation_studio_managed_it_support.txt": H186E04,
}
SOURCES = {"h186z01": H186Z01, "h186z04": H186Z04, "h186e03": H186E03, "h186e05": H186E05}
TARGETS = {"h186z01": ("h186z01_city_data_bureau_data_exchange_platform.docx", "docx"),
           "h186z04": ("h186z04_county_rural_revitalisation_monitoring_om.pdf", "pdf"),
           "h186e03": ("h186e03_sea_urchin_nursery_temperature_sensors.docx", "docx"),
           "h186e05": ("h186e05_kiwifruit_ephyto_api_subscription.pdf", "pdf")}

if __name__ == "__main__":
    for name, text in PLAIN.items():
        (OUT / name).write_text(text.strip() + "\n", encoding="utf-8")
        print("wrote", name)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
