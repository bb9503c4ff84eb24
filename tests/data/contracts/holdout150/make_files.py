"""holdout150: sources of the ten ORDINARY draft contracts, written before any run.

The two .docx (real Word price tables) and the two .pdf (paragraphs broken at word boundaries) are built with
../word_pdf.py; the three .md and three .txt are written as they stand. Run with /work/main/.venv/bin/python.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# --------------------------------------------------------------------------------------------------------------
H150Z01 = """T:江西省森林防火监测预警平台建设项目合同
P:合同编号：JXLC-2026-ZB-0417
P:采购方式：公开招标（招标编号：JXZC2026-G0312）
P:甲方（采购人）：江西省林业和草原局
P:乙方（供应商）：赣林智联信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就江西省森林防火监测预警平台建设项目（以下简称“本项目”）达成如下协议。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方负责在全省重点林区建设36个前端监测点，每个监测点安装双光谱热成像瞭望摄像机、传输设备和边缘计算烟火识别盒，完成铁塔加固及防雷接地改造，并在省级政务云部署森林防火监测预警平台。
P:1.2 平台包括火情自动识别与告警、火情研判、森林防火“一张图”、指挥调度对接（与省应急指挥平台对接）、值班值守和统计分析等功能，具体以附件1《技术需求及功能清单》为准。
P:1.3 乙方负责本项目的深化设计、供货、安装调试、系统集成、试运行、培训及质保期内的运维服务，并提交全部技术文档。
H:第二条 合同价款
P:2.1 合同总价为人民币伍佰伍拾陆万元整（¥5,560,000），为固定总价，包含设备、软件许可、定制开发、运输、保险、安装、调试、培训、税费及质保期内全部服务费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|双光谱热成像瞭望摄像机|36套|68,500|2,466,000
TB:2|微波及4G双链路传输设备|36套|9,600|345,600
TB:3|边缘计算烟火识别盒|36台|14,200|511,200
TB:4|森林防火监测预警平台软件许可（省级，永久）|1套|620,000|620,000
TB:|设备及软件小计|||3,942,800
TB:5|铁塔加固及防雷接地改造|36处|21,800|784,800
TB:6|定制开发（火情研判、一张图、指挥调度对接）|1项|486,000|486,000
TB:7|系统集成、安装调试|1项|318,400|318,400
TB:8|培训|1项|28,000|28,000
TB:|合同总价|||5,560,000
P:2.2 除经甲方书面确认的变更外，合同总价不作调整。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥1,112,000。
P:3.2 全部前端监测点安装完成、平台部署完毕并通过初验后，甲方支付合同总价的45%，即¥2,502,000。
P:3.3 项目通过最终验收后，甲方支付合同总价的35%，即¥1,946,000。
P:3.4 乙方在每次付款前开具合法有效的发票，甲方通过国库集中支付方式付款。
P:3.5 乙方应于合同签订后7日内提交合同总价5%的履约保函，最终验收合格后退还。
H:第四条 交付与实施
P:4.1 乙方应在合同生效后150日内完成全部前端监测点建设和平台部署，并具备初验条件。
P:4.2 乙方应在合同生效后10日内提交实施方案，经甲方确认后实施。林区施工应遵守森林防火期野外用火管理规定。
P:4.3 设备到货时双方共同开箱清点，签署到货签收单。到货签收仅确认设备型号、数量和外观，不构成质量验收。
H:第五条 验收
P:5.1 初验：全部36个监测点上线运行；在甲方组织的模拟烟火测试中，烟火识别检出率不低于90%，单个监测点平均误报不超过每日3次；告警信息在发现火情后60秒内推送至平台和值班人员手机；平台常用页面响应时间不超过3秒；与省应急指挥平台的接口联调通过。
P:5.2 初验合格后进入为期90日的试运行。试运行期间系统不得出现一级故障，且累计二级故障不超过3次；否则试运行期相应顺延。
P:5.3 最终验收：试运行结束后，甲方组织专家按招标文件、投标文件和本合同进行最终验收。平台须取得网络安全等级保护第三级测评报告及商用密码应用安全性评估报告，乙方须完成全部文档、源代码和账号权限的移交。
P:5.4 设备到货、安装、上线、试运行或甲方使用系统，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供设备维修更换、软件缺陷修复、版本升级、每季度一次的巡检和防火期前的专项检查。
P:6.2 质保期内平台月可用率不低于99.98%。
P:6.3 故障分级及响应：一级故障（平台整体不可用，或3个以上监测点同时离线）乙方30分钟内响应，6小时内恢复平台服务，前端监测点48小时内修复；二级故障（单个监测点离线或部分功能异常）2小时内响应，72小时内修复；三级故障（一般性问题）在下一个工作日内响应并在7日内解决。
P:6.4 乙方未按6.3约定时限响应或修复的，每超时1小时扣除¥1,000；平台月可用率每低于6.2约定0.01个百分点扣除¥2,000。扣款从甲方应付款项或履约保函中扣除。
P:6.5 质保期满后，甲方如需乙方继续提供运维服务，年度维保费不超过设备及软件小计的8%（即每年不超过¥315,424），且质保期满后两年内不得上调。维保服务合同由双方另行签订，不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的全部成果，包括火情研判模型配置、一张图图层、对接程序、源代码及技术文档，知识产权归甲方所有。甲方有权自行或委托第三方使用、修改和再开发，乙方不得将上述成果用于其他项目。
P:7.2 平台软件产品的知识产权仍属乙方，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖甲方及其下属林业主管部门。
H:第八条 数据安全
P:8.1 本项目产生和处理的视频图像、火情告警记录、地理信息及其他业务数据均属于甲方。乙方仅可为履行本合同使用上述数据，不得复制、留存、向第三方提供或用于其他目的。
P:8.2 平台部署于省级政务云，乙方应按网络安全等级保护第三级要求落实访问控制、加密传输与存储、日志审计等措施；运维操作须经甲方审批并通过堡垒机进行，禁止通过互联网直接远程维护。
P:8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在发现后1小时内报告甲方，立即采取处置措施，并承担因其原因造成的全部损失及法律责任。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的甲方工作秘密、监测点位分布、网络结构和其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因本合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期完成交付或初验的，每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的10%。
P:10.2 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十一条 分包
P:11.1 乙方不得转包本项目。铁塔加固及防雷接地改造可分包给具有相应资质的单位，但须事先取得甲方书面同意，乙方对分包部分向甲方承担全部责任。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方有权书面通知解除合同，并要求乙方赔偿损失：逾期超过60日；验收两次不合格；发生严重违约且在甲方书面通知后15日内未纠正；违反第八条造成数据安全事件。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交南昌仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:附件：1.技术需求及功能清单 2.监测点位一览表 3.分项报价表 4.实施方案
P:甲方（盖章）：江西省林业和草原局　　乙方（盖章）：赣林智联信息技术有限公司
P:签订日期：2026年　月　日
"""

# --------------------------------------------------------------------------------------------------------------
H150Z02 = """T:AOI自动光学检测系统采购及维保合同
P:合同编号：XC-EQ-2026-0219
P:甲方（买方）：惠州鑫层电路科技有限公司
P:乙方（卖方）：深圳视准智能装备有限公司
P:甲方因多层板及HDI产线扩产需要，向乙方采购AOI自动光学检测系统。双方经友好协商，根据《中华人民共和国民法典》订立本合同，共同遵守。
H:一、合同标的与价格
P:（一）乙方向甲方提供在线AOI检测设备、离线AOI检测设备、复判工作站及AOI编程与缺陷管理软件，并负责运输、安装调试、与甲方MES系统对接及培训。设备配置以附件1《技术规格书》为准。
P:（二）合同总价为人民币伍佰万零陆仟元整（¥5,006,000），含13%增值税。分项如下：
P:1. 在线AOI检测设备（双面，VS-AOI-860D）6台，单价¥586,000，小计¥3,516,000；
P:2. 离线AOI检测设备（VS-AOI-520）2台，单价¥318,000，小计¥636,000；
P:3. 复判工作站（VRS）8台，单价¥42,500，小计¥340,000；
P:4. AOI编程及缺陷管理软件许可（站点永久许可）1套，¥268,000；
P:以上设备及软件小计¥4,760,000。
P:5. 运输、安装及调试¥96,000；
P:6. MES对接接口开发¥124,000；
P:7. 操作及编程培训¥26,000。
P:（三）合同总价为固定价格，除双方书面确认的变更外不作调整。
P:（四）培训：乙方在甲方现场为操作员、编程工程师和设备工程师提供培训，共计不少于10个工作日，经考核合格的甲方人员不少于20人。
H:二、付款
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%作为预付款，即¥1,001,200。
P:（二）设备全部到货并经甲方签收后，甲方支付合同总价的35%，即¥1,752,100。到货签收仅确认型号、数量和外观，不代表验收。
P:（三）最终验收合格后，甲方支付合同总价的37%，即¥1,852,220。
P:（四）余款即合同总价的8%（¥400,480）作为质量保证金，质保期满且无未决质量问题后支付。
P:（五）乙方应在每期付款前开具等额增值税专用发票。
H:三、交货与安装
P:（一）乙方应在合同生效后75日内将全部设备运至甲方惠州工厂二号厂房，并在到货后20日内完成安装调试。
P:（二）乙方负责运输、保险、卸货及设备就位，甲方提供电源、压缩空气和安装场地。
P:（三）安装调试期间，乙方工程师应遵守甲方洁净车间、静电防护和安全生产管理制度。
P:（四）设备毁损、灭失的风险自甲方签收时转移至甲方。乙方应随货提供装箱单、合格证、操作手册、维修手册、电气图纸和软件安装介质各两套。
H:四、验收
P:（一）安装调试完成后，双方按附件2《验收测试规范》进行验收测试：
P:1. 使用甲方提供的标准缺陷板（含开路、短路、缺口、残铜、针孔等11类缺陷）测试，所有标准缺陷均须检出，不得漏检；
P:2. 在甲方量产料号上连续测试，平均误报点数不超过每面25点；
P:3. 在线设备检测节拍不超过每面18秒，并与上下游设备联机正常；
P:4. 检测结果、缺陷图片与MES中的批次号、料号一一对应，数据一致；
P:5. 设备连续运行72小时无故障。
P:（二）全部测试项目通过后，双方签署最终验收证书。任何一项不合格的，乙方应在10日内整改后重新测试，费用由乙方承担。
P:（三）设备到货、安装、试生产或甲方使用设备，均不视为验收合格。
H:五、质量保证
P:（一）质保期为二十四个月，自最终验收合格之日起计算。
P:（二）质保期内，乙方免费提供设备维修、零部件更换（光源、相机镜头保护片等易损件除外）、软件升级和每季度一次的预防性保养。
P:（三）故障响应：一级故障（设备停机且影响产线生产）乙方1小时内响应，8小时内工程师到场，36小时内修复或提供备机；二级故障（部分功能异常）2小时内响应，48小时内修复；三级故障在3个工作日内处理。
P:（四）乙方未按上述时限响应、到场或修复的，每超时1小时向甲方支付¥800，从质量保证金或应付款项中扣除。
P:（五）乙方应在甲方惠州工厂常备相机、光源控制板、运动控制卡等关键备件，并保证自最终验收之日起八年内持续供应备件。
P:（六）质保期内同一设备的同一部件故障累计达到三次的，乙方应免费更换该部件总成；同一设备因质量问题累计停机超过15日的，乙方应更换整机。
H:六、质保期满后的维保服务
P:（一）质保期满后，乙方应按甲方要求继续提供维保服务，服务内容及响应时限与质保期相同，易损件另行报价。
P:（二）年度维保服务费按设备及软件小计的18%计取，即每年¥856,800，质保期满后三年内不调价。维保服务按年度签订订单，不自动续期。
P:（三）维保期内乙方每季度进行一次预防性保养并提交保养报告，保养中发现的隐患应及时告知甲方并提出处理建议。
H:七、知识产权
P:（一）MES对接接口程序、接口文档及乙方为甲方编制的检测程序模板，知识产权归甲方所有，甲方可自行修改、使用或委托第三方维护。
P:（二）AOI编程及缺陷管理软件的知识产权属乙方，乙方授予甲方永久使用许可。
P:（三）乙方保证所供设备和软件不侵犯第三方知识产权。
H:八、数据安全
P:（一）甲方提供的Gerber文件、工程资料、检测图像和生产数据均属于甲方，乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
P:（二）设备不得接入互联网。乙方远程维护须经甲方逐次审批，并通过甲方提供的VPN进行，全程留存日志。设备更换硬盘时，旧硬盘由甲方留存或当场销毁。
P:（三）发生数据泄露或丢失的，乙方应在发现后2小时内通知甲方并配合处置，因乙方原因造成的损失由乙方全部承担。
H:九、保密
P:乙方对在合同履行过程中知悉的甲方产品设计、工艺参数、客户信息及其他商业秘密负有保密义务，未经甲方书面同意不得披露。保密期限自本合同签订之日起至相关信息依法公开之日止。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
P:（三）因设备质量问题造成甲方产品批量漏检并被客户退货的，乙方应赔偿甲方由此产生的直接损失。
P:（四）乙方累计赔偿责任以合同总价的150%为限，但因故意、重大过失或违反第八条、第九条造成的损失除外。
H:十一、分包
P:乙方不得将本合同项下任何工作转包或分包给第三方。
H:十二、合同解除
P:乙方逾期交货超过45日、验收连续两次不合格或有其他严重违约行为，经甲方书面催告后10日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十三、法律适用及争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交惠州仲裁委员会仲裁。
H:十四、其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。附件1《技术规格书》、附件2《验收测试规范》为本合同组成部分。
P:甲方（盖章）：惠州鑫层电路科技有限公司　　乙方（盖章）：深圳视准智能装备有限公司
"""

# --------------------------------------------------------------------------------------------------------------
H150Z03 = """# 美发门店预约与会员管理SaaS服务合同

**合同编号**：QS-IT-2026-008

**甲方（客户）**：成都青丝美业连锁管理有限公司

**乙方（服务商）**：杭州约美云科技有限公司

甲方在成都、重庆及绵阳经营86家直营美发门店。为统一门店预约、收银和会员管理，甲方订购乙方“约美云”美业SaaS服务，并委托乙方完成实施和品牌小程序开发。双方根据《中华人民共和国民法典》订立本合同。

## 1. 服务内容

1.1 乙方通过“约美云”平台向甲方提供门店预约、发型师排班、开单收银、会员储值与积分、营销活动、库存及总部报表等SaaS服务，员工账号数量不限。

1.2 乙方负责实施：旧系统会员数据（约21万名会员及其储值余额、积分和消费记录）迁移、门店参数配置、与甲方微信支付商户号及团购平台核销接口的对接、门店培训。

1.3 乙方为甲方定制开发品牌预约小程序“青丝约”，含在线预约、发型师作品展示、储值卡查询、到店评价等功能，界面按甲方品牌规范设计。

## 2. 服务期限与续期

2.1 订阅服务期为三年，自上线验收合格之日起计算。

2.2 订阅服务期届满前30日，任何一方均未书面提出不续约的，本合同按原服务范围自动续期，每次续期一个服务年度，续期次数不限。

2.3 续期时，乙方有权根据市场及成本情况调整订阅费，调整幅度不超过上一服务年度订阅费的8%，乙方应在续期前15日书面通知甲方调整后的价格。

## 3. 费用

3.1 本合同费用如下（含6%增值税）：

| 项目 | 计费方式 | 单价（元） | 数量 | 金额（元） |
|---|---|---|---|---|
| 门店版订阅费 | 每店每年 | 3,480 | 86店 | 299,280 |
| 总部管理端及会员营销模块 | 每年 | 58,000 | 1 | 58,000 |
| 营销短信包（每年50万条） | 每年 | 20,000 | 1 | 20,000 |
| 年度订阅费合计 | — | — | — | 377,280 |
| 三年订阅费合计 | — | — | 3年 | 1,131,840 |
| 实施服务（一次性） | 一次性 | 96,000 | 1 | 96,000 |
| 品牌小程序定制开发（一次性） | 一次性 | 68,000 | 1 | 68,000 |
| **合同总价** | | | | **1,295,840** |

3.2 服务期内新开或关闭门店的，按每店每年3,480元按月折算增减订阅费。

## 4. 付款

4.1 本合同不设预付款。

4.2 实施服务费和小程序开发费，在上线验收合格后15个工作日内一次性支付。

4.3 订阅费自上线验收合格之日起计收，按季度结算，每季度¥94,320，甲方在每个季度结束后15个工作日内支付当季订阅费。

4.4 乙方应在付款前开具合法有效的增值税发票。

## 5. 实施与上线验收

5.1 乙方应在合同签订后45日内完成实施，具备上线条件。

5.2 上线验收标准：

- （1）会员数据迁移后，会员数量、储值余额和积分逐一核对一致，差异为零；
- （2）随机抽取10家门店完成预约、开单、收银、储值消费和退款全流程测试，无错误；
- （3）微信支付与团购核销对账连续7日无差异；
- （4）小程序通过微信审核并正式发布，顾客预约成功后门店端10秒内收到提醒；
- （5）乙方完成全部门店店长及前台人员培训，并提交操作手册。

5.3 上线试用或甲方开始使用系统不视为验收合格，以双方签署的上线验收单为准。

5.4 因乙方原因未能在5.1约定期限内具备上线条件的，每逾期一日，乙方向甲方支付违约金800元。

## 6. 服务水平

6.1 平台月度可用率不低于99.95%。计划内维护应安排在凌晨1点至6点，并提前3日通知甲方，不计入不可用时间。

6.2 一级故障（全部或多数门店无法预约或收银）：30分钟内响应，2小时内恢复；二级故障（单店或单一功能异常）：1小时内响应，8小时内恢复；三级故障（咨询及一般问题）：1个工作日内答复。

6.3 服务赔偿：月度可用率低于99.95%但不低于99.5%的，减免当月订阅费的5%；低于99.5%的，减免当月订阅费的10%。一级故障恢复每超时1小时，另减免当月订阅费的2%。

## 7. 数据

7.1 甲方的会员信息、消费记录、预约记录及其他业务数据（“甲方数据”）归甲方所有。

7.2 乙方应按网络安全等级保护第三级要求保护甲方数据：数据存储于中国境内，传输和存储加密，员工访问须经审批并留存日志；处理会员个人信息应遵守《个人信息保护法》。

7.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在发现后2小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担。

7.4 在本合同有效期内及终止后，乙方有权对甲方数据进行去标识化和汇总处理，用于美业行业分析报告、产品功能优化及推荐算法训练，由此形成的汇总数据及分析结果归乙方所有。

7.5 合同终止后30日内，乙方应向甲方完整导出甲方数据，并删除平台中的甲方数据（7.4所述汇总数据除外）。

## 8. 知识产权

8.1 “约美云”平台及其软件的知识产权归乙方所有。

8.2 品牌小程序“青丝约”的源代码、界面设计及相关文档归甲方所有，乙方应在上线验收时交付全部源代码，甲方可自行修改或委托第三方维护。

8.3 甲方的商标、门店图片及品牌素材仍归甲方所有，乙方仅可为履行本合同使用。

## 9. 保密

双方对在合作中知悉的对方商业秘密，包括甲方的会员规模、价格策略、门店经营数据，负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内继续有效。

## 10. 违约责任与责任限制

10.1 任何一方违约给对方造成损失的，应予赔偿。

10.2 除故意或重大过失外，乙方在本合同项下的累计赔偿责任，不超过责任事件发生前6个月内甲方已支付的订阅费总额。

## 11. 分包

未经甲方书面同意，乙方不得将本合同项下服务分包给第三方。甲方确认乙方使用阿里云作为云基础设施服务商。

## 12. 合同解除

12.1 乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除合同并要求赔偿。

12.2 连续两个月月度可用率低于99.5%，或因乙方原因发生会员数据泄露的，甲方有权立即解除合同，订阅费按实际服务期间结算。

12.3 合同因任何原因终止的，乙方应配合甲方或甲方指定的第三方完成数据迁移，迁移期间平台服务不得中断，乙方不另收费。

## 13. 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

## 14. 其他

本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：成都青丝美业连锁管理有限公司　　乙方（盖章）：杭州约美云科技有限公司
"""

# --------------------------------------------------------------------------------------------------------------
H150Z04 = """芜湖市12345政务服务便民热线工单系统运维服务合同

项目名称：12345热线工单系统2026年度运维服务
采购方式：竞争性磋商（项目编号：WHCG-2025-C1187）
合同编号：WH12345-YW-2026-01
甲方（采购人）：芜湖市12345政务服务便民热线中心
乙方（成交供应商）：安徽徽听信息技术有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目竞争性磋商文件、乙方响应文件及成交通知书，双方签订本合同。磋商文件、响应文件及成交通知书为本合同的组成部分。

第一条 服务范围
（一）运维对象：12345热线工单系统（受理、派单、督办、回访、知识库、智能质检模块），CTI话务接口，与市政务服务平台及各承办单位的对接接口，以及支撑上述系统的应用服务器、数据库和中间件。
（二）服务内容：驻场运维（3人，工作日8:00至20:00，节假日安排值守）、远程技术支持与巡检、系统小版本优化（全年不少于60人日）、安全加固和应急演练、配合网络安全等级保护测评。
（三）服务期：自2026年1月1日起至2026年12月31日止。
（四）人员要求：项目负责人须具有信息系统项目管理师或同等资质及三年以上政务系统运维经验；驻场人员名单以响应文件为准。乙方更换驻场人员须提前10日书面征得甲方同意，替换人员的资质和经验不得低于原人员。

第二条 合同价款
合同总价为人民币捌拾叁万贰仟元整（¥832,000），为固定总价，包含人员、交通、工具、税费等全部费用。分项如下：
1. 驻场运维服务：3人，每人¥186,000，计¥558,000；
2. 远程技术支持及巡检：¥96,000；
3. 系统小版本优化：60人日，每人日¥1,800，计¥108,000；
4. 安全加固与应急演练：¥48,000；
5. 等级保护测评配合：¥22,000。

第三条 付款
（一）本合同不设预付款。
（二）服务费按季度支付，每季度¥208,000。甲方在季度考核合格后15个工作日内支付上一季度服务费。
（三）季度考核扣款从当季服务费中扣除。乙方应在付款前开具合法有效的发票。
（四）本项目资金为财政资金。因财政资金拨付程序导致付款延迟的，甲方应及时告知乙方，乙方不得因此降低服务标准或停止服务。

第四条 服务水平
（一）工单系统月可用率不低于99.8%（经甲方同意的计划停机除外）。
（二）故障分级：一级故障（系统无法受理或派单、话务接口中断）乙方驻场人员15分钟内响应，1小时内恢复；二级故障（单个模块或单个承办单位接口异常）30分钟内响应，6小时内恢复；三级故障（一般性问题）当日响应，3个工作日内解决。
（三）乙方每日巡检并于次日9点前提交巡检记录，每月5日前提交上月运维月报。
（四）重大活动、汛期及突发事件期间，乙方应按甲方要求增派人员保障。
（五）乙方应在服务启动后15日内提交应急预案，每半年至少组织一次应急演练，演练方案和总结报告报甲方备案。
（六）系统优化需求由甲方书面提出，乙方评估工作量并经甲方确认后实施；优化内容须在测试环境验证并经甲方同意后方可上线。

第五条 考核与扣款
（一）甲方按附件《运维服务考核细则》进行季度考核。
（二）月可用率每低于第四条约定0.1个百分点，扣减当季服务费的1%；一级故障响应或恢复每超时30分钟，扣减¥2,000；驻场人员无故缺岗的，每人每日扣减¥800。
（三）季度考核得分低于80分的，甲方约谈乙方并要求限期整改；连续两个季度低于80分的，甲方有权解除合同。

第六条 服务启动与交接
（一）乙方应于2025年12月25日前完成与上一运维单位的交接，交接内容包括账号权限、技术文档、系统配置和未关闭问题清单。交接完成后双方签署交接确认单。
（二）甲方为驻场人员提供办公场地、网络和必要的系统访问权限，并指定专人负责日常对接。
（三）乙方未能按期完成交接或驻场人员未按时到岗的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

第七条 验收
（一）季度考核即为季度验收。服务期满后，甲方按磋商文件、响应文件和考核细则组织年度验收，验收内容包括服务水平达成情况、运维文档完整性、优化需求完成情况和安全事件记录。
（二）年度验收合格后，乙方向甲方或甲方指定的下一运维单位移交全部运维文档、脚本和账号权限。
（三）年度验收不合格的，乙方应在15日内整改并承担整改费用；整改后仍不合格的，甲方可扣减第四季度服务费的10%。

第八条 数据安全与个人信息保护
（一）工单数据、来电记录、通话录音及市民个人信息均属于甲方，乙方仅可为履行本合同访问和处理，不得导出、复制、留存或用于任何其他目的。
（二）乙方运维操作须通过甲方堡垒机进行并全程审计，严禁通过互联网远程登录系统；驻场人员使用甲方统一配发的终端，不得使用个人存储介质。
（三）乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护第三级管理要求。发生数据泄露、篡改、丢失等事件的，乙方应在发现后1小时内报告甲方并立即处置，因乙方原因造成的全部损失和法律责任由乙方承担。

第九条 保密
乙方及其人员对在服务中知悉的工单内容、市民信息和甲方工作秘密负有保密义务，驻场人员应签署保密承诺书。乙方人员离场时应交还全部门禁卡、账号和资料，并签署离场保密确认。保密义务在合同终止后继续有效。

第十条 知识产权
乙方在服务期内完成的优化代码、脚本、配置及运维文档，知识产权归甲方所有，甲方可自行使用、修改或交由其他单位使用。

第十一条 分包
乙方可将数据库专项维保及网络设备巡检委托具备相应能力的第三方实施，但应提前5个工作日书面告知甲方，并对第三方的工作承担全部责任。

第十二条 合同解除
乙方有下列情形之一的，甲方有权书面通知解除合同，并要求乙方赔偿损失：严重违约且在甲方书面通知后10日内未纠正；违反第八条造成数据安全事件；连续两个季度考核低于80分。合同解除后，乙方应在10日内完成交接，甲方按实际服务期间和考核结果结算服务费。

第十三条 合同期满
服务期满本合同终止，后续运维服务由甲方另行组织采购，本合同不自动续期。乙方应配合下一运维单位完成交接，交接期不超过20日且不另收费。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交芜湖仲裁委员会仲裁。

第十五条 其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

附件：运维服务考核细则

甲方（盖章）：芜湖市12345政务服务便民热线中心
乙方（盖章）：安徽徽听信息技术有限公司
签订日期：2025年12月　日
"""

# --------------------------------------------------------------------------------------------------------------
H150Z05 = """# 质衡QMS质量管理系统软件许可及实施合同

（质衡标准合同文本 V5.0，版权所有 苏州质衡软件科技有限公司）

合同编号：ZH-QMS-2026-0533

甲方（用户）：汕头甜源食品有限公司

乙方（供方）：苏州质衡软件科技有限公司

甲方为糖果、果冻及压片糖果生产企业，拟建设质量管理信息系统。甲乙双方经协商一致，就质衡QMS软件许可及实施事宜订立本合同。

## 第一章 合同标的与价款

**第一条 合同标的**

1.1 乙方向甲方提供质衡QMS软件V5永久许可（含来料检验、过程检验、成品放行、HACCP计划管理、不合格品与CAPA、供应商质量、批次追溯模块，150个并发用户）。

1.2 乙方根据甲方需求进行定制开发：HACCP关键控制点在线监控（金属探测、熬糖温度、杀菌温度、糖浆浓度数据采集）、来料检验与供应商平台对接、批次正反向追溯报表。

1.3 乙方负责系统安装部署、基础数据初始化、流程配置和培训。培训包括系统管理员培训2天、关键用户培训3天，培训地点为甲方汕头工厂。

**第二条 合同价款**

| 序号 | 项目 | 说明 | 金额（元） |
|---|---|---|---|
| 1 | 质衡QMS软件许可 | 永久许可，150个并发用户 | 520,000 |
| 2 | 定制开发 | HACCP关键控制点监控、供应商平台对接、追溯报表 | 390,000 |
| 3 | 部署实施 | 安装部署、数据初始化、流程配置 | 128,000 |
| 4 | 培训 | 管理员及关键用户培训 | 22,000 |
| | **合计** | | **1,060,000** |

上述价格含增值税。甲方需自备服务器、数据库及操作系统。

## 第二章 付款

**第三条 付款方式**

3.1 合同签订后5个工作日内，甲方支付合同总价的50%，即¥530,000。

3.2 系统部署完成后5个工作日内，甲方支付合同总价的50%，即¥530,000。

3.3 合同总价不含乙方工程师现场服务的差旅及食宿费用，该等费用由甲方按实际发生额另行支付。

3.4 甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金，且乙方有权暂停实施及维护服务，交付期限相应顺延。

## 第三章 交付与验收

**第四条 交付**

4.1 乙方在收到首付款后90日内完成系统部署。

4.2 因甲方需求变更、基础数据准备延误、服务器未按时到位等原因导致延期的，交付期限相应顺延，乙方不承担责任。

4.3 甲方应指定项目负责人，按乙方要求准备服务器、网络环境和基础数据（物料、供应商、检验标准、HACCP计划），并安排质量部门人员参与流程确认。甲方书面确认的需求说明书为定制开发的唯一依据，确认后的需求变更另行收费。

**第五条 验收**

5.1 系统安装部署完成并向甲方交付系统管理员账号，即视为甲方验收合格。

5.2 甲方对部署结果如有异议，应在部署完成后3日内书面提出，逾期视为无异议。

5.3 验收合格后发现的问题，按本合同第七条、第八条约定的维护服务处理，不影响甲方的付款义务。

## 第四章 知识产权

**第六条 知识产权**

6.1 质衡QMS软件的著作权及其他知识产权归乙方所有。

6.2 乙方为甲方定制开发的功能模块、报表、接口程序及其源代码，知识产权均归乙方所有。甲方享有非独占、不可转让的使用权，不得修改、反编译、复制或提供给第三方使用。

6.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

## 第五章 维护服务

**第七条 免费维护期**

7.1 免费维护期为六个月，自系统部署完成之日起计算。

7.2 免费维护期内的故障响应：紧急故障（系统无法登录或核心模块无法使用）乙方在接到甲方书面报修后48小时内响应；一般故障在5个工作日内响应。乙方以远程方式为主，确需现场服务的，差旅费由甲方承担。

7.3 乙方仅负责修复软件本身的缺陷，对响应或修复时间不作赔偿承诺，不承担因故障导致的任何扣款、赔偿或违约金。

**第八条 付费维护**

8.1 免费维护期满后，甲方如需继续获得维护和升级服务，应与乙方另行签订年度维护合同。

8.2 年度维护费按乙方当年度公布的服务价格标准执行。

8.3 未签订维护合同的，乙方不再提供软件升级和故障处理服务；甲方日后恢复维护的，应补缴中断期间的维护费。

## 第六章 数据

**第九条 数据安全与数据使用**

9.1 乙方在部署实施和维护期间接触甲方数据的，应采取必要的安全措施，包括最小授权访问、操作日志记录和加密传输，不得泄露甲方数据。因乙方原因导致数据泄露的，乙方应在发现后48小时内通知甲方，并按第十一条承担责任。

9.2 甲方业务数据归甲方所有。乙方有权对甲方使用系统过程中产生的质量检验数据、不合格品数据进行脱敏处理，用于产品改进、食品行业质量基准分析及为乙方其他客户提供服务。

## 第七章 保密

**第十条 保密**

双方对在合作过程中获悉的对方商业秘密和技术秘密，包括甲方配方、工艺参数和乙方软件技术资料，负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内继续有效。乙方有权在其宣传资料、案例介绍和客户名单中使用甲方名称及商标。

## 第八章 违约责任

**第十一条 违约责任**

11.1 因乙方原因逾期交付的，每逾期一日，乙方按合同总价的万分之一向甲方支付违约金，违约金累计不超过合同总价的2%。

11.2 乙方在本合同项下的全部赔偿责任（含违约金）以合同总价的20%为限。乙方不承担任何间接损失、利润损失、产品召回或停产损失。

11.3 甲方违反第六条约定的，应向乙方支付合同总价50%的违约金。

## 第九章 合同解除

**第十二条 合同解除**

任何一方严重违约，经守约方书面催告后30日内仍未纠正的，守约方有权书面通知解除本合同。甲方已支付的软件许可费不予退还；合同解除时，甲方应按乙方已完成的工作量支付相应费用。

## 第十章 法律适用与争议解决

**第十三条 法律适用与争议解决**

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地（苏州市）有管辖权的人民法院提起诉讼。

## 第十一章 其他

**第十四条 其他**

14.1 本合同为乙方标准合同文本，双方另有书面约定的除外。本合同未尽事宜，由双方协商解决。

14.2 因不可抗力不能履行合同的，受影响一方部分或全部免除责任，但应及时通知对方。

14.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：汕头甜源食品有限公司　　乙方（盖章）：苏州质衡软件科技有限公司

日期：2026年　月　日
"""

# --------------------------------------------------------------------------------------------------------------
H150E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. ELD-CN-2026-014
P:THIS AGREEMENT is dated the ____ day of ____________ 2026
P:BETWEEN:
P:(1) EYE LOOM DESIGN SYSTEMS LIMITED, a private company limited by shares incorporated in Ireland with company number 712406, having its registered office at The Martello Tower, Ireland's Eye, Howth, County Dublin, Ireland (the "Supplier"); and
P:(2) ZHEJIANG SHENGZHOU JINYI NECKTIE CO., LTD., a limited liability company established in the People's Republic of China, having its principal place of business at No. 18 Lingdai Road, Economic Development Zone, Shengzhou, Zhejiang Province, PRC (the "Customer").
P:BACKGROUND
P:(A) The Customer weaves neckties on jacquard looms and wishes to replace its pattern-design tools, which the Supplier's WarpWeft Studio software will do.
P:(B) The parties have agreed that the Supplier will license the Software to the Customer and provide the Services on the terms of this Agreement. At the Customer's request all prices are stated and paid in Chinese Yuan Renminbi (CNY).
P:IT IS AGREED as follows:
H:Clause 1 Definitions and Interpretation
P:1.1 In this Agreement: "Acceptance Tests" means the tests in Clause 5.3; "Business Day" means a day other than a Saturday, Sunday or public holiday in the PRC; "Contract Price" means the total price in Clause 3; "Customer Data" means all designs, patterns, colourways, yarn data, production data and other data supplied to the Supplier or generated through the Software by or for the Customer; "Deliverables" means all configuration, loom profiles, design templates, scripts, documentation and other materials produced by the Supplier for the Customer under this Agreement; "Final Acceptance" means the issue of the certificate in Clause 5.4; "Software" means WarpWeft Studio version 7 and the modules listed in Schedule 1, in object code, with its documentation.
H:Clause 2 Licence
P:2.1 The Supplier grants to the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software for the purposes of its business at its sites in the PRC by up to 18 named designers, and to connect the Software to up to 14 jacquard loom controllers.
P:2.2 The Customer may make back-up copies and may transfer the licence to an affiliate.
P:2.3 The Software remains the property of the Supplier and its licensors.
H:Clause 3 Price
P:3.1 The Contract Price is CNY 1,209,000, fixed, inclusive of all taxes, duties and expenses (including travel and accommodation in Shengzhou), and is made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|WarpWeft Studio Designer, perpetual named-user licence|18|38,500|693,000
TB:2|Jacquard Loom Export module, per loom controller|14|12,800|179,200
TB:3|Colourway and Yarn Library, perpetual|1|86,000|86,000
TB:|Licence Subtotal|||958,200
TB:4|Configuration services (loom profiles, yarn library, ERP link)|1|214,000|214,000
TB:5|On-site training in Shengzhou (5 days, up to 20 participants)|1|36,800|36,800
TB:|Contract Price|||1,209,000
P:3.2 The Contract Price shall not be increased except by a change agreed in writing under Clause 14.
H:Clause 4 Payment
P:4.1 The Customer shall pay the Contract Price as follows: (a) 10% of the Contract Price (CNY 120,900) within 20 Business Days after signature of this Agreement, against the Supplier's invoice; (b) 55% (CNY 664,950) within 20 Business Days after the Installation Certificate under Clause 5.2; and (c) 35% (CNY 423,150) within 20 Business Days after Final Acceptance.
P:4.2 The Installation Certificate confirms only that the Software has been installed and the licences are active. It is not acceptance of the Software or of the Deliverables.
P:4.3 Payments are made by bank transfer in CNY to the account named in the invoice.
H:Clause 5 Delivery and Acceptance
P:5.1 The Supplier shall install the Software on the Customer's design server and workstations and complete the configuration within 60 days after signature of this Agreement (the "Installation Date").
P:5.2 When installation is complete and the licences are active, the Customer shall issue an Installation Certificate.
P:5.3 The Acceptance Tests are: (a) twenty reference patterns supplied by the Customer are converted, exported and woven on three looms chosen by the Customer without a weaving fault caused by the Software; (b) colour deviation between the screen proof and the woven sample does not exceed Delta E 1.5 when measured in the Customer's reference light box; (c) export succeeds to all 14 loom controllers; (d) the ERP link transfers pattern, yarn and consumption data and reconciles without difference for ten consecutive Business Days; and (e) no Severity 1 fault occurs during a production run of 20 Business Days.
P:5.4 When all Acceptance Tests have been passed, the Customer shall issue a Final Acceptance certificate within five Business Days. If a test fails, the Supplier shall correct the fault within 10 Business Days and repeat the test at its own cost.
P:5.5 Installation, use of the Software in production or any payment does not constitute acceptance.
H:Clause 6 Warranty and Service Levels
P:6.1 The Supplier warrants that for 18 months after Final Acceptance (the "Warranty Period") the Software and the Deliverables will conform to Schedule 1 and the documentation. During the Warranty Period the Supplier shall correct any non-conformity free of charge and provide all new releases of the Software.
P:6.2 Faults are classified as follows. Severity 1: designers cannot export patterns to the looms, or production patterns are corrupted. Severity 2: a module fails but a workaround exists. Severity 3: any other fault or question.
P:6.3 The Supplier shall respond to a Severity 1 fault within 1 hour and restore normal operation within 1 Business Day; respond to a Severity 2 fault within 2 hours and provide a fix within 5 Business Days; and respond to a Severity 3 fault within 1 Business Day. The support desk operates from 08:00 to 20:00 China Standard Time on Business Days, and Severity 1 faults are handled at any time.
P:6.4 For each hour by which a Severity 1 response or restoration is late, the Supplier shall credit the Customer CNY 1,000, and CNY 300 for each hour by which a Severity 2 response is late.
H:Clause 7 Support after the Warranty Period
P:7.1 After the Warranty Period, the Customer may order annual support, covering the same services and service levels as Clause 6, for an annual fee of 11% of the Licence Subtotal, namely CNY 105,402 per year.
P:7.2 That fee is fixed for the first three support years. Thereafter the Supplier may increase it by not more than 3% per year, on three months' written notice.
P:7.3 Support is ordered year by year by purchase order and does not renew automatically.
H:Clause 8 Intellectual Property
P:8.1 All Deliverables, including loom profiles, design templates, the ERP link and scripts, and all intellectual property rights in them, vest in the Customer on creation. The Supplier shall deliver the Deliverables with their source files, and the Customer may use, modify and license them without restriction.
P:8.2 The Supplier retains all rights in the Software and its pre-existing tools.
P:8.3 The Customer's designs, patterns and colourways belong to the Customer in all circumstances.
P:8.4 The Supplier shall indemnify the Customer against any claim that the Software or the Deliverables infringe the rights of a third party.
H:Clause 9 Customer Data and Security
P:9.1 Customer Data belongs to the Customer. The Supplier shall use it only to perform this Agreement and shall not copy, retain or disclose it, or use it to train models or for any other purpose.
P:9.2 The Software is installed on the Customer's servers in Shengzhou. The Supplier may access the Customer's systems only remotely, through a session that the Customer opens on each occasion, and only for support. The Supplier shall use multi-factor authentication and shall not download Customer Data.
P:9.3 The Supplier shall comply with the PRC Data Security Law and Personal Information Protection Law. If the Supplier becomes aware of any unauthorised access to or loss of Customer Data, it shall notify the Customer within 12 hours, take all reasonable steps to contain it, and be liable for the resulting loss.
H:Clause 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's confidential information, including the Customer's unreleased designs, customer lists and prices, and shall use it only for this Agreement. This obligation survives for five years after termination, and without limit of time for designs and trade secrets.
H:Clause 11 Delay and Liability
P:11.1 If the Supplier fails to reach the Installation Date, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 Each party's total liability under or in connection with this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for death or personal injury caused by negligence, fraud, breach of Clause 9 or Clause 10, or the indemnity in Clause 8.4.
P:11.3 Neither party is liable for indirect or consequential loss.
H:Clause 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the Services without the Customer's prior written consent, and remains responsible for the acts and omissions of any subcontractor.
H:Clause 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice requiring it to do so.
H:Clause 14 Changes and Notices
P:14.1 No variation of this Agreement is effective unless it is in writing and signed by both parties.
H:Clause 15 Governing Law and Jurisdiction
P:15.1 This Agreement and any non-contractual obligations arising from it are governed by the laws of Ireland.
P:15.2 The courts of Ireland have exclusive jurisdiction, and any proceedings shall be brought in the High Court in Dublin.
P:SIGNED for and on behalf of EYE LOOM DESIGN SYSTEMS LIMITED: ____________________ Director
P:SIGNED for and on behalf of ZHEJIANG SHENGZHOU JINYI NECKTIE CO., LTD.: ____________________ Legal Representative
P:Schedule 1: Software modules and functional specification. Schedule 2: Acceptance test patterns and light-box procedure.
"""

# --------------------------------------------------------------------------------------------------------------
H150E02 = """# Order Form No. WHS-2026-0087 — WerdPMS Cloud

**Vendor:** Werd Hospitality Systems AG, Insel Werd, 8264 Eschenz, Canton of Thurgau, Switzerland (UID CHE-318.442.907)

**Customer:** Huangshan Yunhai Mountain Hotels Group Co., Ltd., Tangkou Town, Huangshan District, Huangshan City, Anhui Province, People's Republic of China

**Properties:** four hotels on and around Huangshan (Yunhai Summit Lodge, Beihai Cliff Hotel, Tangkou Valley Inn, Taiping Lake Resort), 612 rooms in total

This Order Form and the General Terms for Cloud Services attached to it (together the "Agreement") govern the Customer's subscription to WerdPMS Cloud. If the Order Form and the General Terms conflict, the Order Form prevails.

## 1. Subscribed services

- WerdPMS Cloud: front desk, reservations, housekeeping, night audit, folios and cashiering, group and tour-operator allotments, reporting
- Channel manager and booking engine for the Customer's own websites and WeChat mini-program
- Interfaces: public security bureau (PSB) guest registration, door-lock encoding, restaurant and cable-car ticket POS, Chinese electronic invoicing (fapiao)

## 2. Fees

All fees are in CNY at the Customer's request and include Chinese VAT.

| Item | Basis | Unit price | Quantity | Monthly | Total for Subscription Term |
|---|---|---|---|---|---|
| WerdPMS Cloud | per room per month | 46 | 612 rooms | 28,152 | 1,013,472 |
| Channel manager and booking engine | per property per month | 1,650 | 4 properties | 6,600 | 237,600 |
| Subscription fees | | | | 34,752 | 1,251,072 |
| Implementation (configuration, data migration, interfaces) | one-time | | | | 168,000 |
| Training on site in Huangshan | one-time | | | | 24,000 |
| **Total Contract Value** | | | | | **1,443,072** |

## 3. Subscription Term

36 months from the Go-Live Date. Renewal: Art. 3 (2) of the General Terms.

## 4. Invoicing

No advance payment is due. Implementation and training are invoiced after Go-Live Acceptance. Subscription fees are invoiced quarterly in arrears (CNY 104,256 per quarter) from the Go-Live Date.

## 5. Project dates

Target Go-Live Date: 20 April 2026, before the May holiday season. Delay: Art. 5 (4) of the General Terms.

## 6. Hosting

Alibaba Cloud, mainland China (Shanghai) region, approved as sub-processor by signature of this Order Form.

Signed for the Vendor: ____________________ (two authorised signatories, signature à deux)

Signed for the Customer: ____________________ (legal representative, company chop)

---

# General Terms for Cloud Services (Edition 2025-CN)

## Art. 1 (Scope)

(1) These General Terms apply to all cloud services that the Customer orders from the Vendor by an Order Form.

(2) General terms of the Customer do not apply, even if the Vendor does not expressly object to them.

## Art. 2 (Definitions)

(1) "Customer Data" means all data entered into the services or generated by them for the Customer, including guest personal information, registration data, reservations, folios and rate data.

(2) "Go-Live Date" means the day on which the Customer declares Go-Live Acceptance under Art. 5 (3).

(3) "Business Day" means a day other than a Saturday, Sunday or public holiday in the People's Republic of China.

## Art. 3 (Term and renewal)

(1) The Agreement enters into force on signature by both parties and runs for the Subscription Term stated in the Order Form.

(2) After the Subscription Term the Agreement renews for successive periods of 24 months at the same fees, unless either party gives written notice of non-renewal at least three months before the end of the current period. A change of fees for a renewal period requires a written agreement of both parties.

## Art. 4 (Services and service levels)

(1) The Vendor provides the cloud services as described in the Service Description in force when the Order Form is signed. The Vendor may improve the services but shall not materially reduce their functions during the Subscription Term.

(2) The Vendor targets a monthly availability of 99.95 % for the production environment. Maintenance windows announced at least five days in advance and falling between 02:00 and 05:00 China Standard Time are excluded.

(3) Incidents are classified as follows. Priority 1: the PMS is unavailable for a property, or check-in or check-out is impossible; response within 30 minutes around the clock, with work continuing until restoration. Priority 2: an interface or important function fails; response within 2 hours. Priority 3: other incidents and questions; response on the next Business Day.

(4) The service levels in this Art. 4 are targets. Missing them does not entitle the Customer to service credits, price reductions or damages. The Vendor's obligation is to restore the services as quickly as possible and to report the cause and the measures taken within five Business Days.

## Art. 5 (Implementation and Go-Live Acceptance)

(1) The Vendor configures the PMS, migrates guest profiles, future reservations and open deposits from the Customer's legacy system, and connects the interfaces listed in the Order Form.

(2) The Go-Live Acceptance tests are: (a) migrated future reservations and deposits reconcile one to one with the legacy system; (b) three consecutive night audits close without error at each property; (c) PSB registration is submitted and confirmed for every test check-in; (d) key cards can be encoded at every front-desk station; (e) fapiao are issued and reconciled with the folios.

(3) The Customer declares Go-Live Acceptance in writing when the tests have been passed. Use of the services for live operations before that declaration is not acceptance.

(4) If Go-Live Acceptance is not reached by the Target Go-Live Date for reasons for which the Vendor is responsible, the Vendor pays the Customer CNY 900 for each calendar day of delay, up to CNY 72,000 in total.

## Art. 6 (Fees and payment)

(1) The fees in the Order Form are fixed for the Subscription Term.

(2) Invoices are payable within 30 days of receipt by bank transfer in CNY to the Vendor's account in the People's Republic of China.

(3) If the Customer is in default of payment, the Vendor may charge default interest of 5 % per annum.

## Art. 7 (Customer Data and data protection)

(1) Customer Data belongs to the Customer. The Vendor processes it only on the Customer's instructions and only to provide the services. The Vendor shall not use Customer Data for any other purpose, including analytics, benchmarking or the training of models.

(2) Customer Data is stored and processed in mainland China. Vendor staff outside China may access it only to resolve an incident, with the Customer's prior approval for each access, and in compliance with the Personal Information Protection Law of the People's Republic of China.

(3) The Vendor maintains encryption in transit and at rest, role-based access, multi-factor authentication and logging of all administrative access. The hosting environment holds a record for MLPS level 3.

(4) The Vendor notifies the Customer of any security incident affecting Customer Data within 12 hours after becoming aware of it, supports the investigation and the notifications to authorities and guests, and bears the damage caused by its breach of this Art. 7.

(5) On termination the Vendor provides an export of all Customer Data in a common format within 30 days, then deletes Customer Data and confirms the deletion in writing.

## Art. 8 (Intellectual property)

(1) The Vendor retains all rights in the cloud services and its standard software.

(2) Customer-specific configurations, rate structures, report templates and interface mappings created for the Customer belong to the Customer. The Customer may use, modify and license them freely, also with a successor provider, and the Vendor delivers them in an export format on request.

## Art. 9 (Confidentiality)

(1) Each party keeps confidential all information of the other party that is not public, including prices, occupancy figures, guest information and technical documentation, and uses it only for the Agreement.

(2) This obligation continues for three years after the end of the Agreement, and for guest information without limit of time.

## Art. 10 (Subcontracting)

The Vendor may use subcontractors and sub-processors only with the Customer's prior written consent. The hosting provider named in the Order Form is approved by signature of the Order Form. The Vendor remains responsible for its subcontractors as for its own performance.

## Art. 11 (Liability)

(1) The Vendor's aggregate liability under or in connection with the Agreement is limited to the fees paid by the Customer in the nine months preceding the event giving rise to liability.

(2) This limitation does not apply to damage caused intentionally or by gross negligence, in accordance with Art. 100 of the Swiss Code of Obligations, nor to personal injury.

(3) Liability for indirect or consequential damage and for lost profit is excluded to the extent permitted by law.

## Art. 12 (Termination)

(1) Each party may terminate the Agreement for good cause with immediate effect. Good cause includes a material breach by the other party that is not cured within 30 days after written notice.

(2) Termination does not affect the Vendor's obligations under Art. 7 (5).

## Art. 13 (Governing law and place of jurisdiction)

(1) The Agreement is governed by Swiss substantive law, excluding its conflict-of-law rules and the United Nations Convention on Contracts for the International Sale of Goods.

(2) The exclusive place of jurisdiction is Frauenfeld, Switzerland.

## Art. 14 (Final provisions)

(1) Amendments and supplements to the Agreement must be in writing. This also applies to a waiver of the written-form requirement.

(2) Should any provision of the Agreement be or become invalid, the validity of the remaining provisions is not affected. The parties shall replace the invalid provision with a valid one that comes as close as possible to its economic purpose.

(3) The Agreement is made in English. A Chinese translation is for reference only.
"""

# --------------------------------------------------------------------------------------------------------------
H150E03 = """T:EQUIPMENT SUPPLY, INSTALLATION AND MAINTENANCE CONTRACT
P:Contract No. BBA-2026-PD-031
P:Buyer: Zhanjiang Bluebay Aquaculture Co., Ltd., Donghai Island, Zhanjiang, Guangdong Province, People's Republic of China (the "Buyer")
P:Supplier: Harbour Aquatech SAS, a société par actions simplifiée with a share capital of EUR 480,000, registered with the Trade and Companies Register of Saint-Malo under number 902 418 337, whose registered office is at Fort Harbour, Île Harbour, 35800 Dinard, France (the "Supplier")
P:The Buyer operates 64 lined grow-out ponds for white-leg shrimp on Donghai Island. The Buyer has selected the Supplier after a competitive negotiation to supply and install a pond water-quality monitoring and aerator control system. This Contract is on the Buyer's standard terms for equipment purchases. At the Buyer's request all prices are in CNY.
H:Article 1 Definitions
P:1.1 "System" means the sensors, analysers, gateways, aerator control units, software licence and customised application described in Annex 1. "Contract Price" means the total price in Article 3. "Installation Certificate" and "Final Acceptance Certificate" have the meanings in Articles 5 and 6. "Buyer Data" means all measurements, alarms, feeding records, production data and other data collected or generated by the System or supplied by the Buyer.
P:1.2 Annex 1 (Technical Specification), Annex 2 (Pond Layout) and Annex 3 (Acceptance Test Plan) form part of this Contract. If they conflict with the Articles, the Articles prevail.
H:Article 2 Scope
P:2.1 The Supplier shall supply, install, configure and commission the System for all 64 ponds, customise the alarm application, integrate it with the Buyer's feeding log, train the Buyer's staff, and provide warranty and maintenance services as set out below.
P:2.2 Training covers daily operation, calibration, alarm handling and basic fault finding, for at least twelve farm technicians, on site and in Chinese.
P:2.3 The Supplier shall carry out a site survey within 15 days after signature and confirm the position of each sensor, gateway and cable route in the Pond Layout.
H:Article 3 Contract Price
P:3.1 The Contract Price is CNY 1,698,000, fixed and inclusive of VAT, import duties, freight, insurance and all travel costs. It is made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Multi-parameter sonde (dissolved oxygen, pH, temperature, salinity)|64|9,850|630,400
TB:Ammonia-nitrogen analyser|16|23,600|377,600
TB:LoRa gateway with solar power kit|8|14,750|118,000
TB:Aerator control unit|64|3,420|218,880
TB:Monitoring software licence, perpetual, farm-wide|1|146,000|146,000
TB:Equipment and Licence Subtotal|||1,490,880
TB:Installation, cabling and commissioning|1|132,000|132,000
TB:Alarm application customisation and feeding-log integration|1|58,000|58,000
TB:Training|1|17,120|17,120
TB:Contract Price|||1,698,000
H:Article 4 Payment
P:4.1 The Buyer shall pay: (a) 20% of the Contract Price (CNY 339,600) as an advance within 15 working days after receiving the Supplier's invoice and an advance-payment guarantee issued by a bank in mainland China; (b) 45% (CNY 764,100) within 15 working days after the Installation Certificate; and (c) 35% (CNY 594,300) within 15 working days after the Final Acceptance Certificate.
P:4.2 The Installation Certificate records delivery and installation only. It is not acceptance of the System.
P:4.3 All payments are made in CNY to the Supplier's account stated in its invoice. The Supplier shall issue a valid VAT invoice before each payment.
H:Article 5 Delivery and Installation
P:5.1 The Supplier shall deliver all equipment to the Buyer's farm on Donghai Island within 70 days after signature and complete installation within 30 days after delivery, so that installation is completed no later than 31 May 2026, before the main stocking season.
P:5.2 Sensors and control units shall be rated for permanent immersion in brackish water and for outdoor use in typhoon conditions as specified in Annex 1.
P:5.3 When installation is complete the parties shall inspect the System together and sign an Installation Certificate.
H:Article 6 Acceptance
P:6.1 After installation the System shall run for 21 consecutive days under normal farm operation. Final acceptance requires that: (a) every sensor reads within the tolerance of Annex 1 against a calibrated reference instrument (dissolved oxygen within 0.2 mg/L, pH within 0.1); (b) no pond has a data gap longer than two hours; (c) every aerator switches on automatically within 60 seconds after a low-oxygen alarm; (d) alarms reach the duty manager's phone within two minutes; and (e) feeding-log records match the Buyer's feeding sheets for the whole test period.
P:6.2 When all criteria are met the Buyer issues the Final Acceptance Certificate. If a criterion is not met, the Supplier shall correct the defect and the test period is repeated for the affected ponds at the Supplier's cost.
P:6.3 Delivery, installation, use of the System by the Buyer or any payment does not constitute acceptance.
H:Article 7 Warranty
P:7.1 The warranty period is 24 months from the date of the Final Acceptance Certificate. During it the Supplier shall repair or replace any defective equipment and correct software defects free of charge, including parts, labour and travel. Sensor membranes and calibration solutions are consumables and are excluded.
P:7.2 The Supplier shall keep a stock of spare sondes, control units and one spare gateway in Zhanjiang during the warranty period.
P:7.3 During the warranty period the Supplier shall recalibrate every ammonia-nitrogen analyser once per quarter and report the results to the Buyer's farm manager.
H:Article 8 Maintenance after the Warranty
P:8.1 After the warranty period, the Supplier shall provide maintenance at the Buyer's request, with the same content and service levels as during the warranty, for an annual fee of 9% of the Equipment and Licence Subtotal, namely CNY 134,179.20 per year.
P:8.2 That fee is fixed for the first three years after the warranty period. Maintenance is ordered year by year in writing and does not renew automatically.
H:Article 9 Service Levels
P:9.1 Severity 1 means any failure that stops low-oxygen alarms or automatic aerator control for one or more ponds. The Supplier shall respond remotely within 30 minutes, have an engineer on site within 6 hours and restore the function within 10 hours, at any time of day.
P:9.2 Severity 2 means the failure of a single sensor or of a non-critical function. The Supplier shall respond within 2 hours and repair it within 3 days.
P:9.3 For each hour by which a Severity 1 response, attendance or restoration is late, the Supplier shall pay CNY 1,500, and CNY 300 for each day by which a Severity 2 repair is late. The Buyer may deduct these amounts from any payment due.
H:Article 10 Intellectual Property
P:10.1 The customised alarm application, configuration files, integration scripts and documentation made for the Buyer belong to the Buyer, who may use, modify and license them freely. The Supplier shall deliver their source code at Final Acceptance.
P:10.2 The standard monitoring software remains the Supplier's property and is licensed to the Buyer perpetually under Article 3.
H:Article 11 Data Security
P:11.1 Buyer Data belongs to the Buyer. The Supplier may use it only to perform this Contract and shall not copy, retain, disclose or analyse it for any other purpose.
P:11.2 The System stores Buyer Data on the Buyer's server in Zhanjiang. The Supplier may access it remotely only through the Buyer's VPN, with a password issued for each session, and all access is logged.
P:11.3 If Buyer Data is lost, altered or accessed without authorisation through the Supplier, the Supplier shall inform the Buyer within 12 hours, take immediate remedial action and compensate the Buyer for the resulting loss.
H:Article 12 Confidentiality
P:12.1 The Supplier shall keep confidential all information about the Buyer's farm, production volumes, stocking plans, customers and prices, and shall not disclose it to any third party without the Buyer's prior written consent, during this Contract and for five years afterwards.
H:Article 13 Delay Damages and Liability
P:13.1 If the Supplier fails to complete delivery or installation on time, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:13.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Articles 11 and 12.
H:Article 14 Subcontracting
P:14.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Cable trenching may be subcontracted to a local contractor approved by the Buyer in writing. The Supplier remains fully responsible for any subcontractor.
H:Article 15 Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the delay damages reach their maximum. The Supplier shall then refund the amounts received for the parts not accepted.
H:Article 16 Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Any dispute shall be submitted to the Zhanjiang Arbitration Commission for arbitration in Zhanjiang. The award is final and binding on both parties.
H:Article 17 Miscellaneous
P:17.1 This Contract is made in English and Chinese, and both versions have equal effect. It enters into force when signed and sealed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________ (Président)
"""

# --------------------------------------------------------------------------------------------------------------
H150E04 = """MANAGED IT SERVICES AGREEMENT

between

FOULA MANAGED SERVICES LIMITED, a company incorporated in Scotland (Company Number SC684215) and having its registered office at The Haa, Ham, Isle of Foula, Shetland ZE2 9PN, Scotland (the "Provider")

and

HEFEI LINGXI ROBOTICS TECHNOLOGY CO., LTD., a company established in the People's Republic of China and having its principal office at Building C3, Innovation Industrial Park, High-tech Zone, Hefei, Anhui Province (the "Customer")

WHEREAS

(A) The Customer develops collaborative robots and has about 180 staff in Hefei, most of them engineers using laptops and simulation workstations.

(B) The Provider supplies managed IT, service-desk and desktop support services to growing technology companies and has agreed to provide them to the Customer on the terms of this Agreement.

NOW THEREFORE the parties have agreed and do hereby agree as follows:

1. DEFINITIONS AND INTERPRETATION

1.1 In this Agreement: "Charges" means the charges in Clause 6; "Customer Data" means all data, documents, source code, designs and personal information of the Customer or its staff that the Provider can access in performing the Services; "Incident" means an unplanned interruption or reduction in quality of an IT service; "Service Commencement Date" means the date of Transition Acceptance under Clause 4; "Services" means the services described in Clause 3 and Schedule 1; "Working Day" means Monday to Friday excluding public holidays in the People's Republic of China.

1.2 Headings do not affect interpretation. Words in the singular include the plural and vice versa.

2. COMMENCEMENT AND DURATION

2.1 This Agreement comes into force on the date of the last signature and, unless terminated earlier, continues for 24 months from the Service Commencement Date (the "Term").

2.2 This Agreement does not renew automatically. The parties may extend it by written agreement signed by both of them not later than three months before the end of the Term.

3. THE SERVICES

3.1 The Provider shall provide: (a) a bilingual service desk, reachable by telephone, e-mail and the Customer's messaging platform from 08:00 to 21:00 China Standard Time on Working Days, with an on-call engineer outside those hours; (b) desktop support for up to 180 users, including laptop and workstation set-up, software installation, joiner and leaver processing and hardware repair management; (c) management of the Customer's servers, network, Wi-Fi, firewall, backup and Microsoft 365 tenant operated in China; (d) asset management and a monthly service report.

3.2 The Provider shall station one resident engineer at the Customer's office in Hefei on every Working Day and shall provide remote engineers from its service centre.

3.3 The Customer shall give the Provider's engineers reasonable access to its premises and systems and shall appoint a service manager.

4. TRANSITION AND SERVICE ACCEPTANCE

4.1 The Provider shall complete the transition of the Services within 45 days after signature. Transition comprises: (a) a complete asset inventory; (b) enrolment of all laptops and workstations in the endpoint management tool; (c) a documented restore test of every backed-up server; (d) runbooks for every managed system; and (e) the service desk live with all users registered.

4.2 When the Provider notifies that transition is complete, the Customer shall check the items in Clause 4.1 within five Working Days and either sign a Transition Acceptance certificate or list the items not met. Starting to use the service desk before that certificate is signed is not acceptance.

4.3 If Transition Acceptance is delayed beyond the 45 days for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,500 for each day of delay, up to CNY 90,000.

5. SERVICE LEVELS

5.1 Incidents are classified by the Customer's service manager: Priority 1 means an outage of the network, the Microsoft 365 tenant, a server or the backup system affecting the whole office or a test line; Priority 2 means an Incident affecting a team or a single critical workstation; Priority 3 means any other Incident or service request.

5.2 The Provider shall respond to a Priority 1 Incident within 6 hours at any time, and shall work on it continuously until service is restored. It shall respond to a Priority 2 Incident within one Working Day, and to a Priority 3 Incident within two Working Days.

5.3 For each Priority 1 Incident to which the Provider does not respond within the time in Clause 5.2, the Provider shall credit 2% of that month's Charges, and 0.5% for each late Priority 2 response, up to 10% of the monthly Charges in total.

5.4 The monthly service report shall show all Incidents, response and resolution times and the credits due, which are deducted from the next invoice.

6. CHARGES AND PAYMENT

6.1 The Charges are in CNY at the Customer's request and are fixed for the Term:

  Desktop support: 180 users x CNY 420 per user per month = CNY 75,600 per month
  Server, network and cloud management: CNY 18,400 per month
  Monthly Charges: CNY 94,000; for 24 months: CNY 2,256,000
  Transition fee (one-time): CNY 86,000
  Total contract value: CNY 2,342,000

6.2 A change of more than 10 users in the average monthly user count adjusts the desktop support charge at CNY 420 per user per month.

6.3 No Charges are payable in advance. The monthly Charges are invoiced monthly in arrears from the Service Commencement Date and the transition fee is invoiced after Transition Acceptance. Invoices are payable within 30 days.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data is and shall remain the property of the Customer. The Provider shall use it only to perform the Services and shall not disclose it, retain it or use it for any other purpose.

7.2 The Provider's engineers shall access Customer systems only with named accounts protected by multi-factor authentication, through the Customer's privileged-access system, and all their sessions are recorded. The Provider shall not copy Customer Data to its own systems or take source code or designs off the Customer's premises.

7.3 The Provider shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law in performing the Services, and shall ensure that its personnel have signed confidentiality undertakings.

7.4 The Provider shall notify the Customer of any actual or suspected security breach affecting Customer Data within 12 hours, shall take immediate steps to contain it, and shall be liable for all loss caused by a breach for which the Provider or its personnel are responsible.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's confidential information, including the Customer's designs, source code, patent applications, investors and business plans, and shall not disclose it without the other party's prior written consent. This obligation continues for five years after the end of this Agreement.

9. INTELLECTUAL PROPERTY

9.1 Scripts, configurations, runbooks, documentation and reports produced by the Provider for the Customer belong to the Customer, who may use, modify and pass them to any successor provider without restriction.

9.2 The Provider's own tools and know-how remain the Provider's property.

10. SUBCONTRACTING

10.1 The Provider may engage subcontractors in the People's Republic of China for on-site work, hardware logistics and out-of-hours cover. The Provider shall notify the Customer in writing of the name of each subcontractor before it starts work and remains responsible for its subcontractors as for its own acts.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 200% of the total contract value in Clause 6.1.

11.2 The limit in Clause 11.1 does not apply to death or personal injury caused by negligence, fraud, or breach of Clause 7 or Clause 8.

11.3 Neither party is liable for loss of profit or indirect loss.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice with immediate effect if the other party commits a material breach and, if the breach is capable of remedy, fails to remedy it within 30 days after written notice.

12.2 The Customer may also terminate this Agreement on 30 days' written notice if service credits have been due in three consecutive months.

13. EXIT

13.1 On expiry or termination the Provider shall, for up to 60 days and at no extra charge, hand over all passwords, documentation and Customer Data to the Customer or its successor provider and then delete any Customer Data it holds.

14. GOVERNING LAW AND DISPUTES

14.1 At the Customer's request this Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising out of this Agreement shall be referred to the Hefei Arbitration Commission for arbitration in Hefei in accordance with its rules. The award is final.

15. GENERAL

15.1 This Agreement, with its Schedules, is the entire agreement between the parties on its subject. Any variation must be in writing and signed by both parties.

15.2 Neither party may assign this Agreement without the other party's prior written consent.

IN WITNESS WHEREOF these presents consisting of this and the preceding pages and Schedule 1 are executed as follows:

Subscribed for and on behalf of FOULA MANAGED SERVICES LIMITED at Lerwick on ______________ 2026 by ______________, Director, before this witness: ______________

Signed and sealed for and on behalf of HEFEI LINGXI ROBOTICS TECHNOLOGY CO., LTD. at Hefei on ______________ 2026 by ______________, Legal Representative

Schedule 1: Service Description and Service Catalogue
"""

# --------------------------------------------------------------------------------------------------------------
H150E05 = """SUBSCRIPTION AND INTEGRATION AGREEMENT
Customs E-Filing API "DoganaLink"

Ref. CCC/2026/CN/0112

BETWEEN

Comacina Customs Cloud S.r.l., with registered office at Isola Comacina, 22016 Tremezzina (CO), Italy, tax code and VAT number IT04187220136, registered with the Companies Register of Como-Lecco under REA number CO-318804, represented by its Managing Director (the "Vendor")

AND

Hangzhou Xiling Silk Import & Export Co., Ltd., with registered office at No. 66 Xixi Road, Xihu District, Hangzhou, Zhejiang Province, People's Republic of China, represented by its Legal Representative (the "Customer")

(each a "Party" and together the "Parties")

PREMISES

(a) The Customer exports silk fabrics, scarves and ties to the European Union, mainly to customers in the Como silk district, and files export, transit and entry summary declarations through its customs representatives in the European Union.

(b) The Vendor operates DoganaLink, a cloud service that exposes an application programming interface (API) for preparing, validating and transmitting customs declarations to the Italian customs system and to the EU Import Control System 2, and provides integration services for it.

(c) The Customer wishes to subscribe to DoganaLink and to have its export documentation system integrated with the API. At the Customer's request all amounts are stated and paid in CNY.

NOW, THEREFORE, the Parties agree as follows.

§ 1 Premises and Annexes

(1) The premises and the annexes form an integral and substantial part of this Agreement.

(2) Annex 1 (Service Description), Annex 2 (Integration Specification and Test Plan) and Annex 3 (Security Measures and Sub-processors) are attached.

§ 2 Definitions

(1) "Customer Data" means all data that the Customer or its systems transmit to DoganaLink or that DoganaLink generates for the Customer, including invoices, packing lists, consignee data, tariff codes, declarations and customs responses.

(2) "Integration Deliverables" means the connector between the Customer's ERP and export documentation system and the API, the mapping tables from the Customer's product codes to the Combined Nomenclature (in particular chapters 50 and 62), the validation rules and the related documentation, all developed by the Vendor for the Customer.

(3) "Subscription Start Date" means the date on which the Vendor issues the production API credentials to the Customer.

(4) "Go-Live Acceptance" has the meaning in § 7 (3).

§ 3 Subject Matter

(1) The Vendor grants the Customer access to DoganaLink for the Subscription Term, for up to 6,000 declarations per contract year, and provides the support services in § 8.

(2) The Vendor develops and installs the Integration Deliverables and trains the Customer's export and IT staff.

§ 4 Term

(1) The Subscription Term is 36 months from the Subscription Start Date.

(2) This Agreement does not renew automatically. Any renewal requires a new written agreement of the Parties.

§ 5 Fees

(1) The fees are as follows, inclusive of all taxes except Chinese withholding tax, which the Customer deducts where due:

  Subscription fee per contract year: CNY 318,000 x 3 contract years = CNY 954,000
  Integration services (fixed price): CNY 246,000
  Training (two remote sessions and three days on site in Hangzhou): CNY 18,000
  Total: CNY 1,218,000

(2) Declarations above 6,000 in a contract year are charged at CNY 18 each, invoiced at the end of that contract year.

§ 6 Invoicing and Payment

(1) On signature of this Agreement the Vendor invoices 50% of the integration fee (CNY 123,000) and the subscription fee for the first contract year (CNY 318,000), together CNY 441,000. This invoice is payable within 15 days and in any case before the Subscription Start Date; the Vendor starts the integration services and issues the API credentials only after receiving payment.

(2) The remaining 50% of the integration fee (CNY 123,000) is invoiced after Go-Live Acceptance, and the training fee after the training has been delivered.

(3) The subscription fee for each following contract year is invoiced 30 days before the start of that contract year and is payable in advance.

(4) In the event of late payment, default interest accrues in accordance with Italian Legislative Decree No. 231 of 9 October 2002.

§ 7 Integration and Go-Live Acceptance

(1) The Vendor shall deliver the Integration Deliverables ready for acceptance testing within 50 days after receiving the payment under § 6 (1).

(2) The acceptance tests in Annex 2 are: (a) 120 test declarations covering export, transit and entry summary declarations are accepted by the customs test environment without any rejection caused by the Integration Deliverables; (b) all product codes in the Customer's current catalogue are mapped and validated; (c) customs responses are returned to the Customer's system within five minutes; and (d) 50 live declarations are filed and accepted in production.

(3) When the tests are passed the Customer signs a Go-Live Acceptance certificate. Use of the API in production during the tests is not acceptance.

(4) If the Integration Deliverables are not ready for testing on time for reasons attributable to the Vendor, the Vendor pays CNY 900 for each day of delay, up to CNY 45,000.

§ 8 Service Levels and Support

(1) The Vendor guarantees a monthly availability of the DoganaLink API of 99.95%, excluding scheduled maintenance announced at least three days in advance and carried out on Sundays between 01:00 and 05:00 Central European Time.

(2) Severity 1 incidents (the API rejects valid declarations or cannot transmit them) receive a response within 1 hour at any time and a workaround or fix within 6 hours. Severity 2 incidents (a function is degraded) receive a response within 8 business hours. Other requests are answered within two business days.

(3) If the monthly availability falls below 99.95%, the Vendor grants a service credit of 5% of the monthly equivalent of the subscription fee; below 99.5%, 10%; below 99%, 20%. Credits are set off against the next invoice.

§ 9 Intellectual Property

(1) DoganaLink, its documentation and all improvements remain the exclusive property of the Vendor.

(2) The Integration Deliverables, including their source code, mapping tables and validation rules, and all intellectual property rights in them, belong exclusively to the Vendor, even though they are developed for the Customer and paid for by it.

(3) The Vendor grants the Customer a non-exclusive, non-transferable right to use the Integration Deliverables during the Subscription Term, solely together with DoganaLink. The Customer shall not modify them, have them modified by third parties or use them with another customs service.

§ 10 Customer Data and Security

(1) Customer Data belongs to the Customer. The Vendor processes it only to provide the services under this Agreement and does not use it for any other purpose, including statistics or product development.

(2) The Vendor maintains an information security management system certified to ISO/IEC 27001, encrypts Customer Data in transit and at rest, restricts access to authorised personnel with multi-factor authentication and keeps access logs for two years. Annex 3 describes the measures in detail.

(3) Customer Data is hosted in the Vendor's data centre in Milan. Transfers of personal information from China are made under the standard contract required by the Personal Information Protection Law of the People's Republic of China, which the Parties sign together with this Agreement, and in compliance with Regulation (EU) 2016/679.

(4) The Vendor notifies the Customer of any personal data breach or other security incident affecting Customer Data within 12 hours of becoming aware of it, takes all necessary measures to limit its consequences and is liable for the damage it causes.

(5) At the end of the Subscription Term the Vendor returns all Customer Data in a machine-readable format within 30 days and then deletes it, except records it must keep under customs law, which it keeps confidential and deletes when the retention period ends.

§ 11 Confidentiality

(1) Each Party keeps confidential all information received from the other Party in connection with this Agreement, including the Customer's prices, customers and volumes, and uses it only to perform this Agreement.

(2) This obligation continues for five years after the end of this Agreement.

§ 12 Subcontracting

(1) The Vendor may not subcontract any part of the services without the Customer's prior written consent. The data-centre provider listed in Annex 3 is approved by signature of this Agreement.

(2) The Vendor remains responsible for any subcontractor as for itself.

§ 13 Liability

(1) Each Party's total liability under this Agreement is limited to 150% of the total fees under § 5 (1).

(2) The limitation does not apply in cases of wilful misconduct or gross negligence (Article 1229 of the Italian Civil Code), nor to breaches of § 10 or § 11.

§ 14 Termination

(1) Each Party may terminate this Agreement by registered letter or certified e-mail (PEC) if the other Party commits a material breach and does not remedy it within 30 days of a written request.

(2) Pursuant to Article 1456 of the Italian Civil Code, the Customer may also terminate this Agreement with immediate effect by written notice if the monthly availability falls below 99% in two consecutive months.

§ 15 Governing Law and Jurisdiction

(1) This Agreement is governed by Italian law.

(2) The Court of Como has exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.

§ 16 Final Provisions

(1) Any amendment to this Agreement must be made in writing and signed by both Parties.

(2) This Agreement is drawn up in English. If a Chinese translation is made, the English text prevails.

Tremezzina / Hangzhou, ______________ 2026

The Vendor ______________________        The Customer ______________________

Pursuant to Articles 1341 and 1342 of the Italian Civil Code, the Customer specifically approves the following clauses: § 6 (Invoicing and Payment), § 9 (Intellectual Property), § 13 (Liability), § 14 (Termination) and § 15 (Governing Law and Jurisdiction).

The Customer ______________________
"""

# --------------------------------------------------------------------------------------------------------------
TEXTS = {
    "h150z03_salon_chain_booking_membership_saas.md": H150Z03,
    "h150z04_hotline_12345_ticketing_annual_om.txt": H150Z04,
    "h150z05_candy_maker_qms_supplier_template.md": H150Z05,
    "h150e02_mountain_hotel_pms_saas_swiss_vendor.md": H150E02,
    "h150e04_robotics_startup_managed_it_scottish_provider.txt": H150E04,
    "h150e05_silk_exporter_customs_efiling_api_italian_vendor.txt": H150E05,
}

SOURCES = {"h150z01": H150Z01, "h150z02": H150Z02, "h150e01": H150E01, "h150e03": H150E03}
TARGETS = {"h150z01": ("h150z01_forestry_fire_monitoring_platform_integration.docx", "docx"),
           "h150z02": ("h150z02_pcb_aoi_inspection_supply_maintenance.pdf", "pdf"),
           "h150e01": ("h150e01_necktie_pattern_design_licence_irish_vendor.docx", "docx"),
           "h150e03": ("h150e03_shrimp_farm_pond_sensors_french_integrator.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for name, text in TEXTS.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    write(SOURCES, TARGETS, OUT, wrap_words=True)
