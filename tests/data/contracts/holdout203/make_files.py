"""Builds the ten holdout203 contracts (blind held-out set of ordinary drafts).

The .md and .txt contracts are written as they stand below; the two .docx and the two .pdf are built with
../word_pdf.py from the small markup it reads (T: title, H: heading, P: paragraph, TB: table row), the PDFs with
their paragraphs broken at word boundaries (wrap_words=True). Run with /work/main/.venv/bin/python.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- h203z01 (zh, docx, 第X条 + 1.1, buyer's paper)
H203Z01 = """
T:岚州市全民健身公共服务平台建设项目政府采购合同
P:合同编号：LZTY-2025-ZC017
P:采购项目编号：LZCG2025-GK-0386（公开招标）
P:甲方（采购人）：岚州市体育局，地址：岚州市滨江大道218号
P:乙方（供应商）：江苏云跃数字体育科技有限公司，地址：南京市建邺区江东中路359号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目公开招标文件（以下称"招标文件"）、乙方投标文件及中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分，内容不一致的，以本合同正文为准。
H:第一条 项目内容
P:1.1 乙方负责岚州市全民健身公共服务平台（以下称"平台"）的软件供货、定制开发、智慧健身路径终端及体质监测数据采集网关的供货安装、系统集成、上线试运行、培训及质保期服务。
P:1.2 平台部署于岚州市政务云，包括场馆预约、赛事活动报名、健身地图、社会体育指导员管理、国民体质监测数据管理等功能，并与省全民健身信息服务平台、市"一网通办"平台对接。详细技术要求以招标文件第五章及投标文件技术响应表为准。
P:1.3 智慧健身路径终端安装于全市二十四处公园及社区健身广场，安装点位清单见附件2。终端基础及供电由甲方协调各街道提供。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰贰拾玖万捌仟元整（¥2,298,000.00），为固定总价，包含软硬件、开发、运输、安装、集成、培训、质保期服务及全部税费，甲方不再支付其他费用。明细如下：
TB:序号|项目|内容|数量|单价（元）|金额（元）
TB:1|平台软件（永久许可）|场馆预约、赛事活动、健身地图、指导员管理、体质数据管理|1套|868,000|868,000
TB:2|定制开发|"岚州全民健身"小程序、省平台及"一网通办"接口|1项|612,000|612,000
TB:3|智慧健身路径终端|人脸识别健身指导屏及运动数据采集桩|24套|18,500|444,000
TB:4|体质监测数据采集网关|含边缘计算模块|8台|23,750|190,000
TB:5|安装调试及系统集成|含政务云部署、接口联调|1项|146,000|146,000
TB:6|培训|管理员及基层社会体育指导员培训|1项|38,000|38,000
TB:合计|||||2,298,000
P:2.2 上表第1、3、4项合计1,502,000元，为本合同的"软硬件产品价款"。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额发票后10个工作日内，甲方支付合同总价的25%作为预付款，计574,500元。
P:3.2 全部终端安装完毕、平台上线试运行并经甲方书面确认后10个工作日内，甲方支付合同总价的50%，计1,149,000元。该书面确认不构成验收。
P:3.3 项目最终验收合格后10个工作日内，甲方支付合同总价的25%，计574,500元。
P:3.4 乙方每次收款前应提交合法有效的增值税发票。甲方付款受财政资金拨付进度影响的，应及时书面告知乙方。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后90日内完成终端及网关的供货安装、平台在政务云的部署及接口联调，并启动上线试运行。
P:4.2 乙方应按投标文件派驻项目经理及不少于5名实施人员，项目经理未经甲方书面同意不得更换。
P:4.3 乙方应在上线前完成对甲方管理员及各区县基层社会体育指导员的培训，并提交操作手册。
H:第五条 验收
P:5.1 试运行期为60日。试运行期内平台未发生一级故障、且二级故障累计不超过3次的，乙方方可书面申请最终验收。
P:5.2 验收标准：（1）功能逐项符合招标文件第五章及投标文件的技术响应；（2）在1,000个并发用户下页面平均响应时间不超过2秒；（3）与省平台及"一网通办"的数据交换连续10日无差错；（4）取得第三方机构出具的网络安全等级保护第三级测评报告且无高风险问题；（5）源代码、技术文档和培训资料已全部移交。
P:5.3 甲方在收到申请后15个工作日内组织验收（可邀请专家参加），并出具书面验收报告。上线运行、甲方使用或支付款项均不视为验收合格。验收不合格的，乙方应在20日内整改后重新申请验收，费用由乙方承担。
H:第六条 质保与维护
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、硬件维修更换及7×24小时技术支持。
P:6.2 质保期内，平台月可用率不低于99.95%，经甲方同意的计划内维护时间除外。
P:6.3 故障响应：一级故障（平台整体不可用，或预约、报名等核心功能中断）30分钟内响应、2小时内到场、6小时内恢复；二级故障2小时内响应、次日内解决；三级故障1个工作日内响应。
P:6.4 乙方超过上述响应或恢复时限的，每超时1小时向甲方支付1,000元；月可用率每低于约定值0.01个百分点，向甲方支付1,500元；上述款项可由甲方从应付款中扣除。
P:6.5 质保期满后，甲方可委托乙方提供维护服务。年度维护费不超过软硬件产品价款的8%（即每年不超过120,160元），自质保期满起三年内不上调，服务内容及响应时限与本条约定相同。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的小程序、接口程序、源代码及文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和许可使用。
P:7.2 平台软件的知识产权仍属乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证交付物不侵犯第三方权利，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台内的全部数据（含公众实名信息、场馆预约及体质监测数据）归甲方所有。乙方仅为履行本合同处理数据，不得用于其他目的，不得向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》，落实等级保护第三级要求，采取加密存储、最小权限、堡垒机运维及操作日志审计等措施，未经甲方批准不得导出或复制数据。
P:8.3 发生数据泄露或其他安全事件的，乙方应在2小时内报告甲方并立即采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第九条 保密
P:乙方对履行本合同知悉的甲方工作秘密、技术资料及个人信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期完成第4.1条约定的上线或逾期通过最终验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 乙方交付的货物或软件不符合约定的，应负责更换或整改，并赔偿甲方由此受到的损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 分包
P:乙方不得转包本合同。除投标文件已载明的终端基础辅助施工外，乙方不得分包；确需分包的，须事先取得甲方书面同意，乙方对分包部分承担连带责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内仍未改正的，甲方有权解除合同并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方可以解除合同。
H:第十三条 适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。附件：1. 技术响应表；2. 终端安装点位清单；3. 培训计划。
P:甲方（盖章）：岚州市体育局        乙方（盖章）：江苏云跃数字体育科技有限公司
P:签订日期：2025年  月  日
"""

# ---------------------------------------------------------------- h203z02 (zh, txt, 一、/（一）/1.)
H203Z02 = """
铜箔表面缺陷在线检测系统采购合同

合同编号：JHTB-SB-2025-0412
甲方（买方）：江西嘉禾铜箔科技股份有限公司
地址：江西省鹰潭市高新技术产业开发区铜产业大道66号
乙方（卖方）：苏州明察视觉科技有限公司
地址：江苏省苏州市工业园区星湖街328号

甲方为提升电解铜箔表面质量管控水平，经比选确定向乙方采购铜箔表面缺陷在线检测系统。双方根据《中华人民共和国民法典》，订立本合同。

一、合同标的
（一）乙方向甲方提供6条生产线（生箔机4条、分切机2条）的铜箔表面缺陷在线检测系统，包括线扫相机组、光源及支架、检测工控机、缺陷检测软件、集中管理服务器及MES接口，并负责安装调试、缺陷模型训练、培训及售后服务。
（二）系统应能在线识别针孔、划痕、褶皱、铜粉、氧化斑、亮点、毛刺等缺陷，自动分类、定位并与甲方MES系统的卷号关联，超限时声光报警并联动打标。
（三）设备型号、技术参数以附件1《技术规格书》为准。

二、合同价款
（一）合同总价为人民币贰佰壹拾万柒仟元整（¥2,107,000），为含税固定价，包括设备、软件、运输、保险、安装、调试、模型训练、培训及质保期内的全部服务费用。明细如下：
1. 线扫相机组（每线3台8K线扫相机及镜头）：6套×168,000元＝1,008,000元
2. 光源及机械支架：6套×36,500元＝219,000元
3. 检测工控机（含GPU）：6台×42,000元＝252,000元
4. 缺陷检测软件许可（永久）：6套×55,000元＝330,000元
5. 集中管理服务器及MES接口：1套，128,000元
6. 安装调试及缺陷模型训练：146,000元
7. 培训：24,000元
（二）上述第1至5项合计1,937,000元，为本合同的"设备及软件价款"。

三、付款方式
（一）合同生效且乙方提交预付款保函后10个工作日内，甲方支付合同总价的20%作为预付款，即421,400元。
（二）设备全部到货并安装调试完毕，经甲方签署安装确认单后，甲方支付合同总价的50%，即1,053,500元。到货签收和安装确认均不代表质量验收。
（三）终验合格后15个工作日内，甲方支付合同总价的25%，即526,750元。
（四）质保期满且无未决质量问题的，甲方支付剩余的5%，即105,350元。

四、交货与安装
（一）乙方应在合同生效后75日内将全部设备运抵甲方工厂，并在到货后30日内完成安装调试。安装应利用甲方安排的停机检修窗口进行，不得影响正常生产。
（二）乙方人员进入甲方厂区须遵守甲方安全生产和洁净车间管理制度，因乙方人员违规造成的事故由乙方负责。
（三）乙方应按国家标准及行业惯例包装设备，相机、镜头等精密部件须防震、防潮包装。设备在甲方工厂签收前的毁损、灭失风险由乙方承担。
（四）乙方应随货提供装箱单、合格证、原厂检测报告、安装图纸、操作及维护手册，并提供质保期内所需的易损件清单及价格。
（五）培训：乙方应在安装调试期间为甲方质检、设备及信息部门人员提供不少于5天的现场培训，内容包括系统操作、缺陷判读与复核、日常维护、相机标定及常见故障处理，培训后甲方人员应能独立完成日常操作和简单维护。

五、验收
（一）安装调试完成后，系统进入30日试运行。
（二）终验标准：
1. 对0.15毫米及以上针孔、划痕、褶皱类缺陷的检出率不低于98%，以甲方质检部门抽取的200卷复检结果为准；
2. 误报不超过每千米2处；
3. 生产线最高线速下无漏帧，缺陷位置标注误差不大于5毫米，与MES卷号数据一致；
4. 试运行期内连续72小时无系统宕机；
5. 技术文档、操作手册、备件清单已移交。
（三）甲方在试运行结束后10个工作日内组织终验，并签署验收报告。到货、安装、试运行或甲方使用均不视为验收合格。终验不合格的，乙方应在15日内整改并重新组织验收。

六、质量保证
（一）质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费维修或更换故障部件，免费提供软件升级，并每半年根据甲方新增缺陷样本优化一次缺陷模型。
（二）故障分级与响应：
1. 一级故障（任一生产线检测完全中断）：乙方30分钟内远程响应，6小时内派工程师到场；
2. 二级故障（部分缺陷类型漏检或误报明显增加）：2小时内响应，48小时内到场；
3. 其他问题：1个工作日内响应。
（三）乙方超过上述响应或到场时限的，每超时1小时向甲方支付800元，甲方可从应付款中扣除。

七、质保期满后的维保服务
（一）质保期满后，乙方按甲方要求继续提供维保服务，内容包括备件更换、相机及光源定期校准、软件升级和缺陷模型优化。
（二）年度维保费为设备及软件价款的18%，即每年348,660元，自质保期满起三年内不作调整。维保服务的响应时限同本合同六（二）。

八、知识产权
（一）乙方利用甲方缺陷样本为甲方训练的缺陷模型、MES接口程序及相关文档的知识产权归甲方所有，甲方可自由使用、修改并许可他人使用。
（二）缺陷检测软件的著作权仍属乙方，甲方获得永久、不可撤销的使用许可。

九、数据安全
（一）生产数据、缺陷图像及工艺参数归甲方所有。乙方不得将其用于为其他客户训练模型或本合同以外的任何目的。
（二）系统部署在甲方工厂内网，乙方远程维护须经甲方逐次审批并通过堡垒机进行，全程记录，不得拷贝或带走数据。
（三）发生数据泄露等安全事件的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的损失由乙方赔偿。

十、保密
双方对在履约中知悉的对方技术秘密和商业秘密（包括甲方的工艺参数、良率及客户信息）负有保密义务，保密期限至合同终止后五年。

十一、违约责任
（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金总额不超过合同总价的5%。
（二）设备或软件不符合约定的，乙方应负责更换或整改，并承担由此产生的费用。
（三）乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但因乙方故意或重大过失造成的损失除外。
（四）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。

十二、分包
乙方不得转包本合同。安装中的电气配线工作确需分包的，应事先取得甲方书面同意，乙方对分包工作承担全部责任。

十三、合同解除
（一）乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
（二）因不可抗力致使合同目的不能实现的，任何一方可解除合同。

十四、不可抗力
因地震、洪水、疫情等不可抗力致使一方不能履行合同的，该方应在3日内书面通知对方，并在15日内提供证明；受影响的履行期限相应顺延。不可抗力持续超过60日的，双方可协商解除合同。

十五、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交鹰潭仲裁委员会仲裁。

十六、其他
本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：1. 技术规格书；2. 设备清单；3. 培训计划。

甲方（盖章）：江西嘉禾铜箔科技股份有限公司
乙方（盖章）：苏州明察视觉科技有限公司
签订日期：2025年  月  日
"""

# ---------------------------------------------------------------- h203z03 (zh, md, Markdown headings + 1.1)
H203Z03 = """
# 云印通图文快印订单管理系统 SaaS 服务合同

- 合同编号：YYT-SaaS-2025-0736
- 甲方（客户）：青禾图文快印连锁有限公司，地址：四川省成都市武侯区科华北路158号
- 乙方（服务商）：杭州云印数联科技有限公司，地址：浙江省杭州市滨江区网商路599号

甲方在成都、重庆经营42家图文快印门店，拟使用乙方"云印通"订单管理系统（以下称"系统"）统一门店接单、生产排单和会员管理。双方经协商一致，订立本合同。

## 1 服务内容

1.1 乙方以软件即服务（SaaS）方式向甲方提供系统的使用权，包括：线上下单与文件上传、自动报价、门店生产排单、打印机及数码印刷机联动、会员与储值、财务对账、总部经营看板。

1.2 乙方负责一次性实施服务：42家门店的开通配置、历史会员及储值余额迁移、门店打印设备联动调试、报价规则配置、店长及总部人员培训。

1.3 系统部署于阿里云华东（杭州）地域，数据存储于中国境内。

## 2 服务期限与续期

2.1 订阅服务期为三年，自全部门店上线验收通过之日起计算。

2.2 服务期满前30日内双方均未书面提出不续约的，本合同自动续期一年，续期次数不限。续期期间的服务费按乙方届时公布的标准价格执行，乙方无需另行征得甲方同意。

## 3 服务费用

| 项目 | 计费方式 | 数量 | 单价（元） | 年费（元） | 三年合计（元） |
|---|---|---|---|---|---|
| 门店版订阅 | 按门店/年 | 42 | 3,600 | 151,200 | 453,600 |
| 总部管理端订阅 | 按年 | 1 | 48,000 | 48,000 | 144,000 |
| 实施服务 | 一次性 | 1 | 86,000 | — | 86,000 |
| 合计 | | | | | 683,600 |

3.1 本合同总价为人民币683,600元，含税。服务期内订阅单价不作调整。

3.2 订阅费按季度支付：每季度结束后15日内，甲方支付该季度订阅费49,800元。甲方无需预付任何费用。

3.3 实施费在第4条的上线验收通过后15个工作日内一次性支付。

3.4 门店数量增加的，新增门店按3,600元/年的单价按月折算计费。

## 4 实施与验收

4.1 乙方应在合同签订后45日内完成全部门店上线。

4.2 上线验收标准：（1）42家门店全部开通并可正常接单、排单、收款；（2）历史会员资料及储值余额迁移后与甲方原系统逐笔核对无差异；（3）每家门店的打印设备联动测试通过；（4）连续10日试运行无一级故障。

4.3 甲方在乙方提交验收申请后5个工作日内组织验收并签署验收单。门店开始使用系统不视为验收通过。

4.4 乙方逾期完成全部门店上线的，每逾期一日向甲方支付违约金600元。

## 5 服务水平

5.1 系统月可用率不低于99.95%。计划内维护应安排在凌晨1:00至5:00之间，并提前48小时通知甲方。

5.2 故障响应：一级故障（全部或多数门店无法下单、报价或打印）15分钟内响应，2小时内恢复；二级故障（单店或单一功能异常）1小时内响应，8小时内解决；一般咨询1个工作日内答复。

5.3 服务补偿：月可用率低于99.95%但不低于99.5%的，减免当月订阅费的5%；低于99.5%的，减免当月订阅费的10%；一级故障每超过恢复时限1小时，另减免当月订阅费的2%。减免额从下一季度订阅费中抵扣。

5.4 乙方提供7×24小时故障报修热线和在线工单入口，并为甲方指定专属客户成功经理，每季度与甲方回顾服务指标、门店使用情况及改进计划。

5.5 乙方每月5日前向甲方提供上月服务报告，内容包括可用率、故障清单及处理时长、补偿金额计算。

## 6 数据

6.1 甲方在系统中产生和上传的全部业务数据，包括订单、客户及会员信息、储值记录、客户上传的印刷文件，归甲方所有。

6.2 乙方有权在对上述数据进行去标识化、汇总处理后，将其用于产品改进、行业经营分析报告及向合作伙伴提供的图文快印行业指数。本款权利在合同终止后继续有效。

6.3 乙方应按照网络安全等级保护第三级要求保护系统和数据，采取传输加密、存储加密、访问控制及日志审计措施；客户上传的印刷文件在订单完成30日后自动删除。

6.4 发生数据泄露或其他安全事件的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的损失由乙方赔偿。

6.5 合同终止后30日内，乙方应按甲方要求以通用格式导出并交付甲方数据，随后删除其持有的甲方数据。

## 7 知识产权

7.1 系统及其升级版本的知识产权归乙方所有。

7.2 乙方为甲方定制的报价规则、报表模板和接口配置归甲方所有，甲方可自行使用、修改或交由其他服务商使用。

## 8 甲方义务

8.1 甲方应指定项目负责人，按实施计划提供门店清单、价目表、历史会员及储值数据，并确保所提供数据的合法来源。

8.2 甲方负责门店网络、电脑及打印设备的正常运行，并按乙方发布的兼容设备清单配置打印设备。

8.3 甲方应妥善保管系统账号和密码，因甲方人员泄露账号造成的损失由甲方自行承担。

## 9 保密

双方对在合作中知悉的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内有效。

## 10 分包

未经甲方书面同意，乙方不得将本合同项下的服务分包给第三方。阿里云作为云基础设施提供方，甲方签署本合同即视为同意。

## 11 责任限制

乙方在本合同项下的累计赔偿责任不超过本合同总价的1.5倍，但因乙方故意、重大过失或违反第6条造成的损失不受此限。

## 12 合同解除

12.1 任何一方严重违约，经对方书面催告后15日内未纠正的，对方有权解除本合同。

12.2 系统月可用率连续两个月低于99.5%的，甲方有权解除本合同，并按实际使用期间结算费用。

12.3 合同解除或终止的，乙方应按第6.5条交付数据，并在数据交付前继续提供不少于30日的只读访问。

## 13 不可抗力

因自然灾害、公共卫生事件、基础电信网络大面积故障等不可抗力导致不能履行的，受影响一方应及时通知对方并提供证明，在影响范围内免责；不可抗力导致的不可用时间不计入第5.1条的可用率计算，但乙方应尽力缩短中断时间。

## 14 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交杭州仲裁委员会仲裁。

## 15 其他

15.1 双方的通知以书面或电子邮件方式发送至本合同载明的联系人，发出后次一工作日视为送达。

15.2 本合同附件包括：附件1《门店清单》，附件2《实施计划》，附件3《服务水平说明》。

15.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：青禾图文快印连锁有限公司
乙方（盖章）：杭州云印数联科技有限公司
日期：2025年  月  日
"""

# ---------------------------------------------------------------- h203z04 (zh, pdf, 第X条 + （一）)
H203Z04 = """
T:安禾县电子商务公共服务平台运维服务政府采购合同
P:合同编号：AHSW-YW-2025-008
P:采购方式：竞争性磋商（项目编号：AHCG2025-CS-0127）
P:甲方（采购人）：安禾县商务局
P:乙方（供应商）：江西赣禾数科信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目竞争性磋商文件、乙方响应文件及成交通知书，双方就安禾县电子商务公共服务平台运维服务事宜订立本合同。
H:第一条 服务内容
P:（一）服务对象：安禾县电子商务公共服务平台（以下称"平台"），包括门户网站及小程序、农产品网货供应链管理系统、电商培训报名系统、县乡村物流快递共配数据看板及商户入驻管理模块，部署于市政务云。
P:（二）服务内容：平台应用、数据库及中间件的日常运维与故障处理；安全运维（漏洞扫描、渗透测试、补丁管理、等级保护测评配合）；平台内容更新及电商数据统计、月度报送；派驻1名运维人员在县电子商务公共服务中心驻场。
P:（三）服务期：2025年7月1日至2026年6月30日。
H:第二条 合同价款
P:（一）合同总价为人民币肆拾陆万陆仟元整（¥466,000），为固定总价，包括人员、工具、差旅、税费等全部费用。
P:（二）价款构成：平台应用及数据库运维186,000元；网络安全运维64,000元；内容更新及数据统计报送92,000元；驻场运维人员124,000元。
H:第三条 付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的20%作为预付款，即93,200元。
P:（二）其余价款分四期支付：每个服务季度结束并经甲方季度考核合格后15个工作日内，甲方支付93,200元。
P:（三）季度考核扣减的款项从当期付款中扣除。乙方应在每次付款前开具合法有效的发票。
H:第四条 服务交接
P:（一）乙方应在2025年7月1日前完成与原运维单位的交接，包括账号权限、系统文档、资产清单和未结工单，并向甲方提交交接报告。
P:（二）乙方应在服务期开始后20日内完成平台全面巡检，向甲方提交包括系统架构、资产清单、安全风险和优化建议在内的巡检报告，经甲方确认后作为本年度运维基线。
P:（三）驻场人员应于服务期首日到岗，工作时间为工作日8:30至17:30；县电商节、农产品展销会等重点活动期间按甲方要求延长值守。
P:（四）驻场人员应具有计算机相关专业大专以上学历和两年以上运维经验，乙方更换驻场人员应提前十日书面征得甲方同意，并完成工作交接。
H:第五条 服务要求
P:（一）故障分级及响应：一级故障（平台门户或小程序整体无法访问、主要业务功能中断）：乙方应在接到报修后8小时内响应，24小时内恢复；二级故障（部分功能异常）：1个工作日内响应，3个工作日内解决；三级问题：5个工作日内处理。
P:（二）高危安全漏洞应在发现后7日内修复，中危漏洞在30日内修复；每季度进行一次漏洞扫描，每年进行一次渗透测试。
P:（三）乙方应于每月5日前报送上月电商运行数据及运维月报。
P:（四）乙方应制定平台故障、网页篡改、数据泄露等应急预案，每半年组织一次应急演练；在"双十一"、年货节及县农产品展销会期间提供现场值守保障。
P:（五）乙方应建立运维工单台账，如实记录故障发生、响应、处理和关闭时间，供甲方随时查验。
P:（六）乙方超过第（一）项时限的，每超时1小时扣减当季服务费300元；月报每迟报一日扣减200元。
H:第六条 考核与验收
P:（一）甲方按季度对乙方进行考核，考核内容包括：工单按时完成率不低于95%；高危漏洞按期修复；月报按时报送；驻场人员出勤。考核不合格的，乙方应在10日内整改，整改合格后方支付当期款项。
P:（二）季度考核由甲方会同县电子商务公共服务中心进行，考核结果书面通知乙方；乙方对考核结果有异议的，可在5个工作日内提出复核。
P:（三）服务期满前15日内，乙方提交年度运维报告、资产清单、系统文档和账号权限清单，甲方据此组织年度验收并出具验收意见。年度验收的标准为：全年季度考核均合格或已整改合格；平台无未关闭的高危漏洞；各类文档、账号权限清单与实际情况一致。
P:（四）甲方义务：甲方应向乙方提供平台现有的系统文档、账号及政务云资源，协调政务云运营单位、原开发单位配合运维工作，并指定专人负责考核和日常联络。
H:第七条 知识产权
P:服务期内乙方为平台开发的功能优化代码、运维脚本、报告及文档的知识产权归甲方所有，甲方可自由使用、修改并交由其他单位使用。
H:第八条 数据安全
P:（一）平台数据（包括商户信息、交易及物流统计数据和用户个人信息）归甲方所有。乙方仅可为履行本合同使用，不得留存、复制或向第三方提供。
P:（二）乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》及政务云管理规定，通过政务云堡垒机进行运维操作，实行账号实名、最小权限和操作留痕。
P:（三）发生数据泄露、网页篡改等安全事件的，乙方应在2小时内报告甲方并启动应急处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:乙方对在服务中知悉的甲方工作秘密、商户信息及平台技术资料负有保密义务，不得向第三方披露。本条在合同终止后继续有效。
H:第十条 违约责任
P:（一）乙方未按第四条约定完成服务交接或驻场人员未按时到岗的，每逾期一日按合同总价的千分之一向甲方支付违约金。
P:（二）乙方服务不符合约定、经整改仍不合格的，甲方可另行委托第三方完成，费用由乙方承担。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 服务委托
P:乙方可将安全运维中的漏洞扫描和渗透测试工作委托具有相应资质的第三方机构实施，但应在实施前五个工作日以书面形式告知甲方，并对该机构的工作成果和保密义务承担责任。除此之外，乙方不得转包或分包本合同。
H:第十二条 合同解除
P:（一）乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知解除合同，并按实际服务期间结算。
P:（二）因不可抗力致使合同目的不能实现的，任何一方可以解除合同。
H:第十三条 合同期满
P:服务期满本合同自行终止。下一年度运维服务由甲方依法另行组织采购，乙方应配合新的运维单位完成交接。
P:服务期满或合同解除时，乙方应在10个工作日内向甲方或甲方指定的单位移交全部账号权限、文档、运维脚本、工单台账和数据，并协助完成不少于15日的过渡期交接，交接期间不另行收费。
H:第十四条 不可抗力
P:因自然灾害、重大公共卫生事件等不可抗力导致不能履行合同的，受影响一方应及时通知对方并在10日内提供证明，在不可抗力影响范围内免除责任。乙方应尽最大努力保障平台安全和数据完整。
H:第十五条 适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向安禾县人民法院提起诉讼。
H:第十六条 其他
P:本合同一式五份，甲方三份，乙方一份，采购代理机构一份，自双方签字盖章之日起生效。
P:甲方（盖章）：安禾县商务局        乙方（盖章）：江西赣禾数科信息技术有限公司
P:签订日期：2025年6月  日
"""

# ---------------------------------------------------------------- h203z05 (zh, md, supplier's own template, 1. / 1.1)
H203Z05 = """
# 溯源通质量追溯系统软件许可及定制开发合同

**（郑州溯源通软件科技有限公司 标准合同文本 V3.0）**

合同编号：SYT-2025-HN-0219

甲方（用户）：河南豫香坊芝麻油有限公司
地址：河南省驻马店市平舆县芝麻产业园香源路8号

乙方（许可方）：郑州溯源通软件科技有限公司
地址：河南省郑州市金水区文化路97号

甲方为建立小磨香油从原料芝麻到成品灌装的全过程质量追溯体系，同意采用乙方的"溯源通"质量追溯系统。双方经平等协商，订立本合同。

## 1. 定义

1.1 "系统"指乙方拥有著作权的"溯源通质量追溯系统V3企业版"及其随附文档。

1.2 "定制开发"指乙方为甲方开发的喷码机对接、ERP对接、省食品安全追溯平台对接及消费者扫码查询小程序。

1.3 "上线"指系统在甲方服务器上安装部署完成并投入运行。

1.4 "免费维护期"指第6.1条约定的乙方免费提供维护服务的期间。

## 2. 合同标的

2.1 乙方向甲方许可使用系统，模块包括：原料芝麻入库检验、炒籽及压榨工艺记录、沉淀过滤、灌装批次管理、一物一码赋码、成品出入库、消费者扫码查询。

2.2 乙方完成第1.2条所述定制开发，并负责系统部署实施及培训。

2.3 系统支持每个成品瓶身或箱体赋唯一追溯码，消费者扫码可查询原料产地、炒籽和压榨日期、质检结果及灌装批次。系统功能以乙方产品说明书为准，乙方有权对产品说明书进行更新。

## 3. 合同价款

| 序号 | 项目 | 说明 | 金额（元） |
|---|---|---|---|
| 1 | 软件许可 | 溯源通V3企业版永久许可（单工厂） | 268,000 |
| 2 | 定制开发 | 灌装线喷码机对接、用友ERP对接、省追溯平台对接、扫码查询小程序 | 196,000 |
| 3 | 部署实施 | 服务器环境配置、基础数据初始化、上线支持 | 42,000 |
| 4 | 培训 | 质检、生产、仓储岗位操作培训 | 12,000 |
| | 合计 | | 518,000 |

合同总价为人民币伍拾壹万捌仟元整（¥518,000），含税。服务器、网络及喷码机等硬件由甲方自行采购。

## 4. 付款方式

4.1 合同签订后5个工作日内，甲方支付合同总价的60%，即310,800元，乙方收到款项后启动项目。

4.2 系统上线后5个工作日内，甲方支付合同总价的35%，即181,300元。

4.3 免费维护期满后5个工作日内，甲方支付合同总价的5%，即25,900元。

4.4 乙方在收到每期款项前向甲方开具增值税专用发票。甲方逾期支付任何一期款项的，乙方有权暂停实施或维护服务，交付期限相应顺延。

## 5. 交付与验收

5.1 乙方在收到第4.1条款项后60日内完成系统部署及定制开发，具备上线条件。

5.2 系统安装部署完成并上线运行之日，即视为甲方验收合格。

5.3 甲方应在乙方通知的部署日期前准备好服务器、操作系统、数据库及网络环境，并按乙方要求提供原料、工艺、产品及包装规格等基础数据。因甲方环境或数据未准备就绪造成的延误，交付期限相应顺延。

5.4 乙方在上线前为甲方质检、生产、仓储岗位人员提供不超过3天的现场培训，培训人数不超过20人；超出部分按乙方收费标准另行计费。

## 6. 免费维护

6.1 乙方自系统上线之日起提供六个月免费维护，包括缺陷修复、远程技术支持和小版本升级。

6.2 故障响应：一级故障（系统无法登录或赋码中断）乙方在24小时内响应；其他问题在3个工作日内响应。

6.3 因系统故障导致的停产、赋码错误、召回等后果，乙方仅负责修复系统，不承担任何扣款、赔偿或违约金。

6.4 免费维护以远程方式为主。甲方要求乙方工程师到现场的，差旅及食宿费用由甲方承担。

6.5 下列情况不属于免费维护范围：甲方自行修改系统配置或数据库；甲方服务器、网络、喷码机等硬件故障；甲方要求新增或变更的功能。上述服务由乙方另行报价。

## 7. 后续维护

7.1 免费维护期满后，甲方如需乙方继续提供维护服务，应与乙方另行签订年度维护合同。

7.2 年度维护费按乙方当年公布的价格标准执行。

## 8. 知识产权

8.1 系统及定制开发成果（包括源代码、接口程序、小程序、数据库结构和文档）的知识产权均归乙方所有。

8.2 甲方在本合同范围内获得在本企业内部使用的非独占、不可转让的许可，不得修改、反向工程，不得交由第三方维护或二次开发。

## 9. 数据

9.1 甲方录入及系统产生的追溯数据归甲方所有。

9.2 乙方有权对追溯数据进行脱敏、汇总处理，用于产品改进、行业分析，并可向第三方提供食用油行业质量分析报告。

9.3 乙方远程维护应通过甲方开通的VPN账号进行，按最小权限操作并保留日志。发生因乙方原因导致的数据泄露的，乙方应在48小时内通知甲方，并承担相应的赔偿责任。

## 10. 保密

双方对在合作中知悉的对方商业秘密、技术秘密（包括甲方的配方、工艺参数和客户信息，以及乙方的软件、技术文档和报价）负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后三年。

## 11. 违约责任

11.1 因乙方原因逾期完成部署的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

11.2 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，乙方有权暂停实施和维护服务。

11.3 乙方在本合同项下的全部责任（含违约金及赔偿）以合同总价的20%为限。

11.4 任何一方均不对对方的间接损失、利润损失承担责任。

11.5 甲方主张违约金的，应在逾期事实发生后30日内书面提出，逾期未提出的视为放弃。

## 12. 合同解除

一方严重违约，经对方书面催告后30日内仍未改正的，守约方有权解除本合同。合同解除时，甲方已支付的款项中对应已完成工作的部分不予退还。

## 13. 不可抗力

因自然灾害、政府行为、网络运营商故障、第三方平台（包括省食品安全追溯平台、微信）接口变更等乙方不能控制的原因导致不能履行或延迟履行的，乙方不承担责任，履行期限相应顺延。

## 14. 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。

## 15. 其他

15.1 本合同为乙方标准文本，双方另有书面约定的除外。

15.2 乙方有权在宣传材料及客户案例中使用甲方名称和商标。

15.3 双方往来通知以书面形式送达本合同载明的地址，或发送至双方指定的电子邮箱。

15.4 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：河南豫香坊芝麻油有限公司　　　　乙方（盖章）：郑州溯源通软件科技有限公司

签订日期：2025年  月  日
"""

# ---------------------------------------------------------------- h203e01 (en, md, "Article N", Dutch house style)
H203E01 = """
# Software Licence and Services Agreement – CarveStone CAM

Agreement number: SF-2025-CN-031

## The undersigned

1. **Steenfrees Software B.V.**, a private company with limited liability (*besloten vennootschap*) having its registered office on Haringvreter 2, 4351 Veere, the Netherlands, registered with the Dutch Chamber of Commerce (KvK) under number 71843266, duly represented by its managing director, Mr J.W. de Kraker (hereinafter: "Licensor");

2. **Quanzhou Chongwu Yunshi Stone Carving Co., Ltd.**, a company incorporated in the People's Republic of China, having its registered office at 88 Shidiao Road, Chongwu Town, Hui'an County, Quanzhou, Fujian Province, unified social credit code 91350521MA2Y7K3F6B, duly represented by its legal representative, Ms Zeng Liqin (hereinafter: "Licensee");

hereinafter jointly referred to as "Parties" and each as "Party".

## Whereas

a. Licensor develops and licenses CarveStone CAM, a computer-aided manufacturing software for the cutting, milling and relief carving of natural stone on CNC bridge saws and multi-axis routers;

b. Licensee operates a stone-carving workshop with five CNC machines and wishes to use CarveStone CAM to program granite and marble architectural elements, reliefs and memorial carvings;

c. at Licensee's request all prices in this Agreement are stated and payable in Chinese yuan (CNY);

d. the Parties wish to lay down their agreements in writing.

## Have agreed as follows

### Article 1 Definitions

1.1 **Software**: the standard CarveStone CAM software, including the 5-Axis Relief module, in object code, with its user documentation.

1.2 **Custom Deliverables**: the post-processors, tool library, stone-material library, macros and configuration files that Licensor prepares specifically for Licensee under Article 2.2, and their documentation.

1.3 **Installation Date**: the date on which Licensor has installed the Software on all licensed workstations, has connected the post-processors to all five CNC machines and the Parties have signed an installation certificate.

1.4 **Final Acceptance**: the acceptance of the Software and the Custom Deliverables in accordance with Article 6.

### Article 2 Subject of the Agreement

2.1 Licensor grants Licensee a perpetual, non-exclusive licence to use the Software on six named workstations at Licensee's workshop in Hui'an, including the 5-Axis Relief module on three of them.

2.2 Licensor shall configure the Software for Licensee: it shall write and test post-processors for Licensee's five CNC machines (two bridge saws, two 5-axis routers and one lathe), build a tool library and a stone-material library for the granites and marbles Licensee uses, and set up the import of Licensee's 3D scans.

2.3 Licensor shall train Licensee's programmers and machine operators on site in Quanzhou for ten working days.

### Article 3 Prices

3.1 The prices are fixed and include all taxes, travel and expenses:

| No. | Item | Qty | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|---|
| 1 | CarveStone CAM perpetual licence, named workstation | 6 | 58,000 | 348,000 |
| 2 | 5-Axis Relief module, perpetual licence | 3 | 42,000 | 126,000 |
| 3 | Configuration: post-processors, tool and material libraries, scan import | 1 | 164,000 | 164,000 |
| 4 | On-site training in Quanzhou (10 working days) | 1 | 38,000 | 38,000 |
| | **Contract Price** | | | **676,000** |

3.2 Items 1 and 2 together (CNY 474,000) are the "Licence Fees".

### Article 4 Payment

4.1 Licensee shall pay:

a. 20% of the Contract Price (CNY 135,200) within 30 days after signature of this Agreement and receipt of Licensor's invoice;

b. 45% of the Contract Price (CNY 304,200) within 30 days after the Installation Date;

c. 35% of the Contract Price (CNY 236,600) within 30 days after Final Acceptance.

4.2 The installation certificate confirms installation only and does not constitute acceptance of the Software or the Custom Deliverables.

4.3 Payments are made by bank transfer to the account stated on Licensor's invoice.

### Article 5 Delivery and installation

5.1 Licensor shall deliver the Software and the licence keys within 20 working days after signature.

5.2 Licensor shall reach the Installation Date within 90 days after signature. Licensee shall give Licensor's engineers access to the workshop, the machines and the workstations during normal working hours.

### Article 6 Acceptance

6.1 Within 15 working days after the Installation Date the Parties shall carry out the acceptance tests described in Annex 2, which include at least:

a. each post-processor produces a test relief in G654 granite whose deviation from the 3D model does not exceed 0.1 mm at 20 measured points;

b. the collision check in the machine simulation detects the three prepared collision cases for each 5-axis router;

c. three of Licensee's scans of more than 20 million triangles are imported and meshed in less than three minutes each;

d. the Software runs for ten consecutive working days in production without a Severity 1 fault.

6.2 If the tests are passed, Licensee shall sign a Final Acceptance certificate within ten working days. If a test fails, Licensor shall correct the defect free of charge within 15 working days and the test is repeated.

6.3 Use of the Software in production before Final Acceptance does not constitute acceptance.

### Article 7 Warranty

7.1 Licensor warrants that the Software and the Custom Deliverables will conform to the documentation and to Annex 1 for eighteen (18) months after Final Acceptance (the "Warranty Period").

7.2 During the Warranty Period Licensor shall correct defects free of charge and provide new versions of the Software and updated post-processors free of charge.

### Article 8 Support and service levels

8.1 Licensor provides support through its service desk and through its local support partner in Xiamen.

8.2 Response times:

| Severity | Description | Response |
|---|---|---|
| 1 | No CNC machine can receive toolpaths, or the Software does not start on any workstation | within 2 hours, at any time |
| 2 | A post-processor, module or workstation is unusable | within 8 business hours |
| 3 | Other questions and minor defects | within 2 business days |

8.3 For a Severity 1 fault Licensor shall provide a workaround within one business day. For each full hour by which a response time is exceeded, Licensor owes Licensee a service credit of CNY 500, which Licensee may set off against any amount due to Licensor.

### Article 9 Support after the Warranty Period

9.1 After the Warranty Period Licensee may order annual support, covering Article 8 and new versions, at an annual support fee of 11% of the Licence Fees, being CNY 52,140 per year.

9.2 This fee is fixed for the first three support years. Thereafter an increase requires the Parties' written agreement and shall not exceed 3% per year.

9.3 Support is ordered per year by Licensee's written order and does not renew automatically.

### Article 10 Intellectual property

10.1 The intellectual property rights in the Software remain with Licensor.

10.2 Licensor hereby assigns to Licensee, who accepts, all intellectual property rights in the Custom Deliverables as they come into existence. Licensor shall deliver their source files. Licensee may use, modify and license the Custom Deliverables freely, also through third parties.

10.3 Licensor indemnifies Licensee against claims of third parties alleging that the Software or the Custom Deliverables infringe their rights.

### Article 11 Licensee Data

11.1 All designs, drawings, 3D scans, toolpaths and production data of Licensee and its customers ("Licensee Data") belong to Licensee. Licensor shall use Licensee Data only to perform this Agreement.

11.2 Remote support sessions are started by Licensee for each session. Licensor shall not copy or retain Licensee Data outside such a session except with Licensee's written permission and shall delete any copy once the issue is solved.

11.3 Licensor shall comply with the Personal Information Protection Law and the Data Security Law of the PRC, protect Licensee Data with appropriate technical and organisational measures, and notify Licensee of any security incident affecting Licensee Data within 24 hours after discovery. Licensor is liable for the damage Licensee suffers as a result of a breach of this Article.

### Article 12 Confidentiality

Each Party shall keep secret all confidential information of the other Party, including Licensee's designs and customer list and Licensor's source code, and shall not disclose it to third parties without prior written consent. This obligation continues for five years after the end of this Agreement.

### Article 13 Delay

If the Installation Date is not reached within the period of Article 5.2 for a reason attributable to Licensor, Licensor shall pay Licensee a penalty of 0.1% of the Contract Price for each calendar day of delay, up to a maximum of 10% of the Contract Price, without a notice of default (*ingebrekestelling*) being required.

### Article 14 Liability

14.1 Licensor's total liability under this Agreement is limited to 150% of the Contract Price.

14.2 This limitation does not apply in case of intent or deliberate recklessness (*opzet of bewuste roekeloosheid*) of Licensor or its managers, nor to Article 10.3 and Article 11.

### Article 15 Subcontracting

Licensor shall not subcontract any part of its obligations without Licensee's prior written consent. Licensee hereby consents to Xiamen Kelong Technical Services Co., Ltd. acting as Licensor's local support partner under Article 8. Licensor remains responsible for its subcontractors.

### Article 16 Termination

16.1 Each Party may terminate (*ontbinden*) this Agreement in whole or in part by written notice if the other Party fails to perform a material obligation and has not remedied the failure within 30 days after a written notice of default.

16.2 Termination does not affect the licences for which Licensee has paid.

### Article 17 Applicable law and disputes

17.1 This Agreement is governed by the laws of the Netherlands. The United Nations Convention on Contracts for the International Sale of Goods does not apply.

17.2 All disputes arising from this Agreement shall be submitted exclusively to the competent court of the District Court of Zeeland-West-Brabant, location Middelburg, the Netherlands.

### Article 18 Final provisions

18.1 Amendments to this Agreement are valid only if agreed in writing.

18.2 Annexes: Annex 1 Functional specification; Annex 2 Acceptance tests; Annex 3 Support contacts.

Thus agreed and signed in duplicate,

| For Licensor | For Licensee |
|---|---|
| Steenfrees Software B.V. | Quanzhou Chongwu Yunshi Stone Carving Co., Ltd. |
| Place: Veere, date: ________ | Place: Quanzhou, date: ________ |
| J.W. de Kraker, managing director | Zeng Liqin, legal representative |
"""

# ---------------------------------------------------------------- h203e02 (en, txt, Order Form + General Terms, "§ N (1)", German house style)
H203E02 = """
ORDER FORM No. KF-2025-0193
under the General Terms and Conditions of Kursfeld GmbH for the Kursfeld Studio Platform (version March 2025)

Provider: Kursfeld GmbH, Inselweg 1, Insel Görmitz, 17440 Lütow, Germany, registered with the local court (Amtsgericht) of Stralsund under HRB 21874, managing director: Ms Henrike Böttcher ("Provider")

Customer: Shiyan Wudang Xuanzhen Martial Arts School Co., Ltd., 16 Taiji Avenue, Wudangshan Tourism Economic Special Zone, Shiyan, Hubei Province, People's Republic of China, legal representative: Mr Fang Qingyun ("Customer")

1. Ordered services
Kursfeld Studio Plus, the Provider's online class-booking platform, for three locations of the Customer (main training hall at Wudangshan, Shiyan city branch, Xiangyang branch) and up to 2,500 active members, including: timetables for group classes and private lessons, online booking, cancellation and waiting lists, membership cards and class packages, schedules for boarding students, coach management, QR check-in, a WeChat mini-program in the Customer's design, WeChat Pay, and reports.

2. Term
Initial term: 24 months from the Service Start Date. Planned Service Start Date: 1 September 2025. Renewal: § 3 of the General Terms.

3. Fees (in CNY at the Customer's request)
Item                                              Basis              Amount (CNY)
Studio Plus subscription, 3 locations             6,800 x 24 months       163,200
Onboarding (configuration, member data import,
  mini-program set-up, WeChat Pay, training)      one-off                  38,000
Total Contract Value                                                      201,200

4. Invoicing
Subscription fees are invoiced quarterly in arrears. The onboarding fee is invoiced after Onboarding Acceptance (§ 2 (3)). No advance payment is due.

5. Service levels
Availability 99.95% per calendar month; Priority 1 response within 1 hour. Details and service credits: § 6.

6. Hosting
Alibaba Cloud, Shanghai region (mainland China).

7. Contacts
Provider: customer success manager Mr Lukas Wendt, support hotline in Shanghai (Mandarin and English). Customer: Ms Zhou Xiaoyan, head of administration, who is authorised to approve the test plan and to declare Onboarding Acceptance.

8. Contract documents
This Order Form and the General Terms printed below. In case of conflict the Order Form prevails.

Signed for the Provider: ____________________   Signed for the Customer: ____________________
Lütow, date: __________                        Shiyan, date: __________


GENERAL TERMS AND CONDITIONS OF KURSFELD GMBH FOR THE KURSFELD STUDIO PLATFORM
(version March 2025)

§ 1 Scope
(1) These General Terms apply to all contracts for the use of the Kursfeld Studio Platform ("Platform") concluded by means of an order form.
(2) Conflicting or deviating terms of the Customer do not apply, even if the Provider does not expressly object to them.

§ 2 Onboarding and acceptance
(1) The Provider sets up the Platform for the Customer as described in the Order Form, imports the member data provided by the Customer, creates the mini-program and connects WeChat Pay. The Platform shall be ready for use by the planned Service Start Date.
(2) Before the Service Start Date the Customer tests the Platform according to the test plan agreed in the onboarding workshop. The test plan includes at least: booking, cancellation and waiting-list functions at all three locations; 50 test payments via WeChat Pay reconciled against the merchant statement; the imported member records checked against the Customer's source list without discrepancies; approval of the mini-program by WeChat.
(3) If the tests are passed, the Customer declares acceptance in text form ("Onboarding Acceptance"). Live use of the Platform before the declaration does not constitute acceptance.
(4) If the Platform is not ready by the planned Service Start Date for reasons for which the Provider is responsible, the Provider pays the Customer CNY 300 for each calendar day of delay, at most 10% of the Total Contract Value.

§ 3 Term, renewal and price adjustment
(1) The contract begins on signature and runs for the initial term stated in the Order Form.
(2) After the initial term the contract is extended automatically by a further year at a time, unless either party terminates it with three months' notice to the end of the current term.
(3) The Provider may adjust the fees at its reasonable discretion with effect from the beginning of any extension period, by notice in text form at least six weeks before that date. The Customer's right to terminate under paragraph (2) remains unaffected.

§ 4 Customer's obligations
(1) The Customer names a contact person with authority to decide on configuration questions and provides the member data, class timetables, prices and the design elements for the mini-program in the formats agreed in the onboarding workshop.
(2) The Customer is responsible for the lawfulness of the member data it provides, in particular for obtaining the consent of its members and, for members under 18 years of age, of their guardians.
(3) The Customer keeps its access credentials secret and informs the Provider without delay if it suspects misuse.

§ 5 Fees and payment
(1) The fees are set out in the Order Form. Invoices are payable within 30 days of receipt.
(2) The Customer may set off only undisputed or legally established claims; service credits under § 6 may always be set off.

§ 6 Service levels and service credits
(1) The Platform is available 99.95% of each calendar month. Announced maintenance windows on Sunday nights between 01:00 and 03:00 Beijing time, of not more than eight hours per month in total, are excluded.
(2) Priorities:
- Priority 1 (booking or payment unavailable at all locations): response within 1 hour, restoration within 6 hours, every day from 06:00 to 23:00 Beijing time;
- Priority 2 (a function or one location impaired): response within 8 business hours;
- Priority 3 (other): response within 3 business days.
(3) If availability falls below 99.95%, the Customer receives a credit of 5% of the monthly fee for the month concerned; below 99.0%, 10%. For each started hour by which a Priority 1 response is late, the Customer receives a further credit of 2% of the monthly fee.

(4) The Provider reports the achieved availability and all Priority 1 and Priority 2 incidents to the Customer in a monthly service report, together with the credits due.

§ 7 Rights of use
(1) All rights in the Platform remain with the Provider. The Customer receives a non-transferable right to use the Platform for the term of the contract.
(2) Rights in the Customer-specific configurations, the design and content of the mini-program, and the custom reports created for the Customer belong to the Customer, who may use, modify and hand them over to a successor provider without restriction.

§ 8 Customer data and data protection
(1) All data entered into the Platform by the Customer, its staff and members ("Customer Data") belong to the Customer. The Provider processes Customer Data only on the Customer's instructions and only to provide the services under this contract. Any other use, including use in anonymised or aggregated form, is excluded.
(2) Customer Data is stored and processed only in mainland China. Support staff of the Provider access the production environment only from the premises of Kursfeld (Shanghai) Information Technology Co., Ltd.
(3) The Provider protects Customer Data by encryption in transit and at rest, role-based access, multi-factor authentication for administrators and logging of all administrative access, and complies with the Personal Information Protection Law of the PRC.
(4) The Provider notifies the Customer of any security incident affecting Customer Data within 24 hours, takes all measures to contain it and is liable for the damage caused by a breach of this § 8.
(5) On termination the Provider hands over the Customer Data in CSV format and deletes it within 30 days.

§ 9 Confidentiality
The parties shall keep confidential all business and trade secrets of the other party that become known to them under this contract, and shall not disclose them to third parties. This obligation survives the end of the contract by three years.

§ 10 Liability
(1) The Provider is liable without limitation for intent and gross negligence and for injury to life, body or health.
(2) In cases of slight negligence the Provider is liable only for breach of essential contractual obligations (cardinal obligations) and only for the foreseeable damage typical for this type of contract.
(3) In all other respects the Provider's total liability under this contract is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim.

§ 11 Subcontractors
(1) The Customer approves Alibaba Cloud (hosting) and Kursfeld (Shanghai) Information Technology Co., Ltd. (first-level support) as subcontractors.
(2) Any other subcontractor or sub-processor requires the Customer's prior written consent.

§ 12 Changes to the Platform
(1) The Provider may further develop the Platform, provided that the functions ordered in the Order Form remain available to an equivalent extent.
(2) The Provider announces material changes to the user interface at least four weeks in advance in text form.

§ 13 Termination
(1) Ordinary termination is governed by § 3 (2).
(2) The right of either party to terminate for good cause remains unaffected. Good cause for the Customer exists in particular if the Provider materially breaches the contract and does not remedy the breach within 14 days after a written warning, or if availability falls below 99.0% in two consecutive months.

§ 14 Final provisions
(1) This contract is governed by the law of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods.
(2) The exclusive place of jurisdiction for all disputes arising from this contract is Stralsund, Germany.
(3) Amendments and supplements must be in writing.
(4) Should any provision of this contract be or become invalid, the validity of the remaining provisions is not affected.
"""

# ---------------------------------------------------------------- h203e03 (en, docx, "N. HEADING", buyer's paper)
H203E03 = """
T:EQUIPMENT SUPPLY, INSTALLATION AND MAINTENANCE CONTRACT – POND SALINITY MONITORING SYSTEM
P:Contract No.: BHSG-2025-EQ-07
P:Buyer: Hainan Wenchang Bihai Sea Grape Aquaculture Co., Ltd., Longlou Town, Wenchang, Hainan Province, People's Republic of China, legal representative Mr Lin Qiongsheng (the "Buyer").
P:Supplier: Sensores Marinos Santa Clara, S.L., a Spanish limited company with registered office on the Isla de Santa Clara, 20008 Donostia-San Sebastián, Gipuzkoa, Spain, tax identification number B75318264, represented by its sole director Ms Amaia Etxeberria (the "Supplier").
P:The Buyer grows sea grapes (Caulerpa lentillifera) in 48 seawater culture ponds and needs continuous salinity, temperature and dissolved-oxygen monitoring. Following a comparison of offers, the Buyer awards this Contract to the Supplier on the following terms, which are the Buyer's standard terms for equipment purchases.
H:1. DEFINITIONS
P:1.1 "Equipment" means the probes, buoy nodes, gateways and spare parts listed in Clause 3. "Software" means the PondWatch monitoring software licensed under this Contract. "System" means the Equipment and the Software installed and working together at the Buyer's farm.
P:1.2 "Final Acceptance" means the acceptance of the System under Clause 6, confirmed by a Final Acceptance Certificate signed by the Buyer.
H:2. SCOPE OF SUPPLY
P:2.1 The Supplier shall supply the Equipment, license the Software, install and calibrate the System in all 48 culture ponds, connect it to the Buyer's server in the farm office, configure salinity and oxygen alarms for each pond, and train the Buyer's staff.
P:2.2 The System shall measure salinity, temperature and dissolved oxygen every ten minutes, show the readings on a dashboard and on the mobile app, and send alarms by text message and app notification when a value leaves the range set for a pond.
H:3. CONTRACT PRICE
P:3.1 The Contract Price is fixed at CNY 790,400, including all taxes, duties, customs clearance, freight to the Buyer's farm, installation and training. At the Buyer's request all amounts are stated and paid in CNY.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Salinity/conductivity probe with temperature sensor, titanium housing|48|6,850|328,800
TB:2|Optical dissolved-oxygen probe|24|5,400|129,600
TB:3|Solar-powered buoy node with LoRaWAN radio|48|2,150|103,200
TB:4|LoRaWAN gateway, IP67|6|9,800|58,800
TB:5|PondWatch monitoring software, perpetual licence, on the Buyer's server|1|86,000|86,000
TB:6|Installation, calibration and commissioning|1|72,400|72,400
TB:7|Training (operators and maintenance staff)|1|11,600|11,600
TB:|Contract Price|||790,400
P:3.2 Items 1 to 5 together (CNY 706,400) are the "Equipment and Licence Subtotal".
H:4. PAYMENT
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 79,040) within 15 days after signature, against an advance-payment guarantee for the same amount issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 434,720) within 20 days after both Parties sign the Delivery and Installation Certificate. That certificate confirms delivery and installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% (CNY 276,640) within 20 days after the Final Acceptance Certificate is signed.
H:5. DELIVERY AND INSTALLATION
P:5.1 The Supplier shall deliver the Equipment DAP Buyer's farm, Wenchang (Incoterms 2020), within 70 days after signature, and complete installation within 25 days after delivery.
P:5.2 Installation in the ponds shall be coordinated with the Buyer's harvesting schedule. The Supplier's personnel shall follow the Buyer's biosecurity rules and shall not bring equipment that has been used in other aquaculture sites into the ponds without disinfection.
H:6. ACCEPTANCE
P:6.1 After installation the System shall run for a trial period of 30 days. Final Acceptance requires that: (a) salinity readings are within ±0.3 PSU of the Buyer's laboratory reference at ten ponds chosen by the Buyer on three different days; (b) dissolved-oxygen readings are within ±0.2 mg/L of a calibrated handheld meter at the same ponds; (c) during the last 14 days of the trial no node has a data gap longer than one hour; (d) a simulated salinity alarm reaches the duty mobile phone within 60 seconds; (e) manuals, calibration certificates and the as-built list of node positions have been handed over.
P:6.2 If the criteria are met, the Buyer shall sign the Final Acceptance Certificate within ten working days. Otherwise the Supplier shall remedy the defects at its cost and the tests shall be repeated. Use of the System by the Buyer during the trial period is not acceptance.
H:7. WARRANTY
P:7.1 The Supplier warrants the System for twenty-four (24) months from Final Acceptance. During this period the Supplier shall repair or replace free of charge any defective Equipment, replace sensing elements whose drift exceeds the specification, recalibrate every probe once per quarter, and provide Software updates.
P:7.2 Replaced parts shall be delivered to the farm at the Supplier's cost within ten days.
H:8. SERVICE LEVELS
P:8.1 Severity 1 (a gateway is down, all data from a pond section are lost, or false salinity alarms are raised continuously): remote response within 1 hour at any time and an engineer on site within 24 hours, through the Supplier's service partner in Haikou. Severity 2 (a single node or probe fails): response within 8 hours and repair within 3 days. Severity 3 (other matters): response within 2 working days.
P:8.2 For each hour by which a Severity 1 response or on-site time is exceeded, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from any payment due.
H:9. MAINTENANCE AFTER THE WARRANTY
P:9.1 For the three years following the Warranty period the Supplier shall, on the Buyer's written order for each year, provide maintenance covering Clause 8, quarterly recalibration, spare sensing caps and Software updates, at a fixed annual fee of 9% of the Equipment and Licence Subtotal, being CNY 63,576 per year.
P:9.2 This fee shall not be increased during those three years. Maintenance does not renew automatically.
H:10. INTELLECTUAL PROPERTY
P:10.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for the Buyer's own operations.
P:10.2 The dashboards, alarm rules, reports and the interface to the Buyer's feeding and harvest records developed for the Buyer belong to the Buyer, who may use and modify them freely and have them maintained by a third party.
H:11. DATA SECURITY
P:11.1 All measurement data, alarm records and farm records ("Farm Data") belong to the Buyer and are stored on the Buyer's server in Wenchang. The Supplier shall use Farm Data only to perform this Contract.
P:11.2 Remote maintenance is carried out only through a VPN account opened by the Buyer for each session. The Supplier shall not copy Farm Data or keep it after the session, and shall protect the System with current security patches, individual accounts and strong passwords.
P:11.3 The Supplier shall notify the Buyer of any security incident within 12 hours and shall compensate the Buyer for any loss caused by its breach of this Clause.
H:12. CONFIDENTIALITY
P:Each Party shall keep confidential the other Party's technical and commercial information received under this Contract, including the Buyer's pond layout, production volumes and prices, and shall not disclose it to third parties without prior written consent, during the Contract and for five years after it ends.
H:13. DELAY DAMAGES
P:If delivery or installation is late for reasons attributable to the Supplier, the Supplier shall pay the Buyer 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of delay damages does not release the Supplier from its obligations.
H:14. LIABILITY
P:The Supplier shall compensate the Buyer for all losses caused by its breach of this Contract, including the cost of replacing Equipment and of remedying the System. Neither Party is liable for the other's loss of profit, except in case of wilful misconduct.
H:15. SUBCONTRACTING
P:The Buyer approves by signature Haikou Lanhai Marine Engineering Co., Ltd. as the Supplier's subcontractor for installation and on-site service. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains fully responsible for its subcontractors.
H:16. TERMINATION
P:16.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after the Buyer's written notice, or if the delay damages under Clause 13 reach their maximum.
P:16.2 On termination the Supplier shall refund payments received for parts of the System not accepted.
H:17. FORCE MAJEURE
P:Typhoons, storm surges and other events beyond a Party's reasonable control that prevent performance suspend the affected obligations for their duration. The affected Party shall notify the other within three days. Installation dates shall be moved accordingly.
H:18. GOVERNING LAW AND DISPUTES
P:This Contract is governed by the law of the People's Republic of China. Any dispute shall be submitted to the Hainan International Arbitration Court for arbitration in Haikou in accordance with its rules. The award is final and binding on both Parties.
H:19. MISCELLANEOUS
P:This Contract is made in English in four originals, two for each Party, and takes effect on signature by both Parties. Annexes: Annex 1 Technical specification; Annex 2 Pond and node layout; Annex 3 Service partner contacts.
P:For the Buyer: ____________________        For the Supplier: ____________________
P:Date: ____________        Date: ____________
"""

# ---------------------------------------------------------------- h203e04 (en, pdf, "Clause N", Scottish house style)
H203E04 = """
T:MANAGED IT AND DESKTOP SUPPORT SERVICES AGREEMENT
P:BETWEEN
P:EILEAN DUBH DIGITAL SERVICES LIMITED, a company incorporated under the Companies Acts in Scotland (registered number SC684217) and having its registered office at The Old Net Store, Harbour Road, Kilbride, Eilean Dubh, Scotland (the "Provider"); and
P:KUNMING YUNHUA FLOWER AUCTION CO., LTD., a company incorporated in the People's Republic of China, having its registered office at 9 Huahui Road, Dounan Sub-district, Chenggong District, Kunming, Yunnan Province (the "Client").
P:CONSIDERING THAT the Client operates a daily flower auction with clock auction systems, bidding rooms and remote bidding, and wishes to outsource the management of its IT infrastructure and the support of its users to the Provider; and that the Provider has agreed to provide those services, with all charges stated in CNY at the Client's request;
P:NOW THEREFORE the Parties have agreed and do hereby agree as follows:
H:Clause 1 Definitions and interpretation
P:1.1 "Auction Hours" means 13:00 to 23:00 Beijing time on every day on which the Client holds an auction. "Managed Infrastructure" means the clock auction servers, bidding network, server estate, core and access switches, wireless network and backup systems listed in Schedule 1. "Services" means the services described in Clause 3 and Schedule 2. "Service Commencement Date" means the date of Service Commencement Acceptance under Clause 4.
P:1.2 Headings are for convenience only. References to Clauses and Schedules are to those of this Agreement.
H:Clause 2 Commencement and duration
P:2.1 This Agreement commences on the date of its execution by both Parties and continues for thirty-six (36) months from the Service Commencement Date.
P:2.2 This Agreement shall not renew automatically. Any extension requires written agreement of the Parties.
H:Clause 3 The Services
P:3.1 The Provider shall provide: (a) a Mandarin-speaking service desk from 05:30 to 23:30 Beijing time every day; (b) desktop support for 180 user devices, including auction terminals in the bidding rooms, office PCs and printers; (c) management of 14 servers, including the clock auction servers, with monitoring, patching and capacity reporting; (d) management of the core and access switches and 62 wireless access points; (e) managed backup with a monthly restore test; and (f) two resident engineers at the Client's premises in Dounan during Auction Hours.
P:3.2 The Provider shall maintain an up-to-date asset register and configuration records for the Managed Infrastructure and report monthly on performance against Clause 5.
H:Clause 4 Transition and Service Commencement Acceptance
P:4.1 The Provider shall complete the transition set out in the transition plan in Schedule 3 within 45 days after execution of this Agreement.
P:4.2 Service Commencement Acceptance requires that: (a) the asset inventory has been reconciled with the Client's records; (b) monitoring of every server and network device is live; (c) a full restore test from backup has succeeded; (d) the runbooks for the clock auction system have been approved by the Client; and (e) the Provider has supported five auction days in shadow mode without any unattended Priority 1 incident. The Client shall confirm acceptance in writing within five working days after the criteria are met. Operation of the Services before that confirmation does not constitute acceptance.
P:4.3 If Service Commencement Acceptance is delayed beyond the period in Clause 4.1 for reasons attributable to the Provider, the Provider shall pay the Client CNY 1,500 for each day of delay, up to a maximum of CNY 90,000.
H:Clause 5 Service levels and service credits
P:5.1 The Provider shall ensure that the Managed Infrastructure is available at least 99.5% of Auction Hours in each calendar month.
P:5.2 Incident response: Priority 1 (clock auction, bidding network or remote bidding unavailable): response within 15 minutes, an engineer at the affected location within 1 hour, restoration target 3 hours. Priority 2 (a bidding room, server or group of users affected): response within 1 hour, restoration target 8 hours. Priority 3 (single user or request): response within 2 hours during service desk hours.
P:5.3 If monthly availability is below 99.5%, the Client shall receive a service credit of 5% of the Monthly Charge for that month, and of 10% if it is below 99.0%. Each Priority 1 incident whose response time is missed gives a further credit of 1% of the Monthly Charge. Service credits are deducted from the next invoice.
H:Clause 6 Charges and payment
P:6.1 The charges are as follows (CNY, inclusive of VAT):
TB:Service|Basis|Monthly (CNY)
TB:Service desk and desktop support|180 devices x 160|28,800
TB:Server management|14 servers x 950|13,300
TB:Network management|core, access and wireless|9,600
TB:Managed backup|fixed|4,200
TB:Monthly Charge||55,900
P:6.2 Total over 36 months: CNY 2,012,400. Transition Charge (one-off): CNY 68,000. Total Contract Value: CNY 2,080,400.
P:6.3 The Monthly Charge is invoiced monthly in arrears. The Transition Charge is invoiced after Service Commencement Acceptance. No charge is payable in advance. Invoices are payable within 30 days.
H:Clause 7 Governance and Client responsibilities
P:7.1 Each Party shall appoint a service manager. The service managers shall meet monthly to review the service report, open incidents, service credits and planned changes, and quarterly to review the asset register, capacity and the improvement plan.
P:7.2 Changes to the Services, including additional devices or locations, shall be agreed through the change control procedure in Schedule 4. Additional devices are charged at the unit rates in Clause 6.1 from the month after they are added.
P:7.3 The Client shall give the Provider's personnel access to its premises and systems as reasonably required, provide a suitable workspace for the resident engineers, and inform the Provider in advance of special auction events requiring extended cover.
H:Clause 8 Client Data and security
P:8.1 All data of the Client and of its growers and buyers processed by the Provider ("Client Data") belong to the Client. The Provider shall use Client Data only to provide the Services.
P:8.2 The Provider shall protect the Managed Infrastructure and Client Data in accordance with the Client's information security policy and the multi-level protection scheme applicable to the Client: multi-factor authentication for privileged accounts, logging of all privileged sessions, encryption of backups, and no removal of Client Data from the Client's premises except encrypted backups sent to the Client's own disaster-recovery site in Kunming.
P:8.3 The Provider shall notify the Client of any security incident within 12 hours of becoming aware of it, take all reasonable steps to contain it and be liable for the loss caused to the Client by a breach of this Clause 8.
H:Clause 9 Intellectual property
P:9.1 All intellectual property rights in the deliverables prepared by the Provider in the course of the Services, including runbooks, configuration scripts, monitoring templates, automation scripts and documentation prepared for the Client (the "Deliverables"), shall vest in and remain with the Provider.
P:9.2 The Provider grants the Client a non-exclusive, non-transferable licence to use the Deliverables during the term for the purpose of receiving the Services. The Client shall not modify the Deliverables or disclose them to any replacement provider.
H:Clause 10 Confidentiality
P:Each Party shall keep confidential all information of the other Party which is marked or is by its nature confidential, including auction prices, grower and buyer details and network architecture, and shall use it only for the purposes of this Agreement. This obligation survives for five years after termination.
H:Clause 11 Liability
P:11.1 The Provider's total aggregate liability under or in connection with this Agreement shall not exceed CNY 3,200,000.
P:11.2 Nothing in this Agreement limits liability for death or personal injury caused by negligence, or for fraud.
H:Clause 12 Subcontracting
P:The Provider shall not subcontract any of its obligations without the Client's prior written consent, such consent not to be unreasonably withheld. The Client consents to Kunming Dianchi Field Services Co., Ltd. providing the resident engineers. The Provider remains responsible for the acts and omissions of its subcontractors.
H:Clause 13 Termination
P:13.1 Either Party may terminate this Agreement with immediate effect by written notice if the other Party commits a material breach which is incapable of remedy, or which is capable of remedy and is not remedied within 30 days after written notice requiring it to be remedied.
P:13.2 The Client may also terminate if monthly availability is below 99.0% in any three months within a period of six consecutive months.
H:Clause 14 Force majeure
P:Neither Party shall be liable for failure to perform caused by events beyond its reasonable control, such as earthquake, flood, epidemic or a general failure of public telecommunications, provided that it notifies the other Party promptly and uses reasonable endeavours to mitigate the effects. Periods affected by such events are excluded from the availability calculation in Clause 5.1.
H:Clause 15 Exit
P:On expiry or termination the Provider shall cooperate with the Client and any replacement provider for up to 60 days, hand over all Client Data, passwords and the asset register, and delete Client Data held by it.
H:Clause 16 Governing law and disputes
P:This Agreement is governed by the law of the People's Republic of China, chosen at the Client's request. Any dispute shall be referred to the Shanghai International Arbitration Center for arbitration in Shanghai, conducted in English.
P:IN WITNESS WHEREOF these presents consisting of this and the preceding pages are executed as follows:
P:Subscribed for and on behalf of Eilean Dubh Digital Services Limited at Kilbride on ____________ by ____________, Director, before this witness: ____________
P:Subscribed for and on behalf of Kunming Yunhua Flower Auction Co., Ltd. at Kunming on ____________ by ____________, Legal Representative.
"""

# ---------------------------------------------------------------- h203e05 (en, txt, "Art. N (title)", Italian house style)
H203E05 = """
SUBSCRIPTION AND INTEGRATION AGREEMENT – COLDCERT API

BETWEEN

Freddo Certo S.r.l., with registered office at Località Isola di Santa Maria, 07024 La Maddalena (SS), Italy, VAT number IT02914750904, registered with the Companies Register of Sassari, in the person of its sole director, Mr Giovanni Maria Piras (the "Supplier"),

AND

Maoming Gaozhou Lichee Export Co., Ltd., with registered office at 128 Guoyuan Road, Gaozhou, Maoming, Guangdong Province, People's Republic of China, in the person of its legal representative, Ms Chen Meifang (the "Customer"),

(each a "Party" and together the "Parties").

PREMISES

a) The Supplier operates ColdCert, an online service that checks the in-transit cold treatment of fresh fruit in refrigerated containers against the treatment schedules of importing countries and produces the certificate data needed for export.
b) The Customer exports fresh lychees and longans in refrigerated containers to markets that require cold treatment and wishes to connect its shipping records to ColdCert.
c) At the Customer's request all fees are stated and paid in Chinese yuan (CNY).
d) The premises form an integral and substantial part of this Agreement.

NOW, THEREFORE, THE PARTIES AGREE AS FOLLOWS

Art. 1 (Definitions)
1.1 "Service" means access to the ColdCert application programming interface (API) and web console under the Export plan.
1.2 "Integration" means the work described in Art. 2.2.
1.3 "Activation Date" means the date on which the Customer signs the acceptance report (verbale di collaudo) under Art. 6.
1.4 "Customer Data" means all data that the Customer or its logistics providers submit to the Service, including probe readings, container numbers, shipment details and certificates.

Art. 2 (Subject matter)
2.1 The Supplier grants the Customer access to the Service for up to 900 container treatments per contract year. The Service receives the readings of the pulp and air probes of each container, checks them against the applicable treatment schedule, calculates the result, and produces the certificate data set and a PDF report for submission to the customs and inspection authorities.
2.2 The Supplier shall carry out the Integration: a connector to the Customer's Kingdee ERP for shipment data; an import routine for the data files of the three container-logger types used by the Customer's shipping lines; and certificate templates for three destination markets.

Art. 3 (Term and renewal)
3.1 This Agreement enters into force on signature. The subscription runs for thirty-six (36) months from the Activation Date.
3.2 At the end of the subscription term the Agreement is renewed for one further year at the same fees, unless either Party gives written notice of non-renewal at least 60 days before the end of the term.

Art. 4 (Fees)
4.1 The fees are fixed for the term of this Agreement:

Item                                                      Amount (CNY)
ColdCert Export plan, annual fee (up to 900 treatments)     168,000 per year
Subscription fees for 36 months (3 x 168,000)               504,000
Integration (one-off)                                       126,000
Total Contract Value                                        630,000

4.2 Treatments beyond 900 in a contract year are charged at CNY 95 per container at the end of that year.

Art. 5 (Invoicing and payment)
5.1 On signature of this Agreement the Supplier invoices the Integration fee and the annual fee for the first contract year, together CNY 294,000. This invoice is payable within 15 days, before the Activation Date and before any Service is provided. The Supplier starts the Integration after receipt of the payment.
5.2 The annual fees for the second and third contract years are invoiced on the first and second anniversaries of the Activation Date and are payable within 15 days.
5.3 Payments are made by bank transfer in CNY to the Supplier's account with the Shenzhen branch of its bank.

Art. 6 (Integration and acceptance)
6.1 The Supplier shall complete the Integration and make the Service ready for acceptance within 75 days after receipt of the payment under Art. 5.1.
6.2 Acceptance testing (collaudo) shall verify that: (a) 60 historical container treatments supplied by the Customer are reprocessed and their results match the Customer's manual calculation; (b) the certificate data fields pass validation against the schema of the Chinese customs e-certificate system; (c) shipment data for 20 shipments flow from the ERP to the Service and the results flow back without manual input; (d) a parallel run of ten working days shows no discrepancy.
6.3 If the tests are passed, the Parties sign the acceptance report. Use of the Service by the Customer during testing is not acceptance.
6.4 If the Service is not ready for acceptance within the period in Art. 6.1 for reasons attributable to the Supplier, the Supplier shall pay the Customer CNY 400 for each day of delay, up to CNY 25,000.

Art. 7 (Service levels)
7.1 The Supplier targets an availability of the API of 99.95% per calendar month, excluding maintenance announced 48 hours in advance.
7.2 Severity 1 (the API or the certificate function is unavailable): response within 1 hour, at any time. Severity 2 (a function is impaired): response within 8 hours. Severity 3: response within 2 working days.
7.3 The service levels in this Article are targets. Failure to meet them does not entitle the Customer to service credits, price reductions, penalties or damages. In case of a failure the Supplier shall provide a root-cause analysis and a remediation plan within five working days.

Art. 8 (Customer's obligations)
8.1 The Customer shall ensure that its shipping lines and logistics providers deliver the logger data files within the time needed for the Service to calculate the treatment result before the certificate deadline.
8.2 The Customer shall name a project manager for the Integration, provide test data and access to a test instance of its ERP, and take part in the acceptance tests.
8.3 The Customer remains responsible for the content of the documents it submits to the authorities on the basis of the Service's results.

Art. 9 (Customer Data)
9.1 Customer Data belongs to the Customer.
9.2 The Service for the Customer is hosted on Tencent Cloud in the Guangzhou region. Customer Data is stored in mainland China and is not transferred abroad. The Supplier applies encryption in transit and at rest, role-based access and access logs, and holds an ISO/IEC 27001 certificate for the Service.
9.3 The Supplier shall notify the Customer of any security incident affecting Customer Data within 24 hours and shall be liable for the damage caused to the Customer by a breach of Art. 9.2.
9.4 The Supplier may use anonymised and aggregated data derived from Customer Data, such as temperature curves, treatment durations, pass and fail rates and transit times, to improve its algorithms and to publish industry benchmarks. This right continues after the end of this Agreement.
9.5 On termination the Supplier shall return Customer Data in a standard format and delete it within 30 days.

Art. 10 (Intellectual property)
10.1 The Service and all its components remain the property of the Supplier.
10.2 The ERP connector, the logger import routine and the certificate templates developed for the Customer belong to the Customer, who may use, modify and license them freely. The Supplier shall deliver their source code at acceptance.

Art. 11 (Confidentiality)
Each Party shall keep confidential all information received from the other Party under this Agreement, including the Customer's export volumes, prices and buyers, and shall not disclose it to third parties without prior written consent, for the duration of this Agreement and five years thereafter.

Art. 12 (Liability)
12.1 The Supplier's total liability under this Agreement is limited to twice the Total Contract Value.
12.2 This limitation does not apply in case of wilful misconduct or gross negligence (dolo o colpa grave).

Art. 13 (Subcontracting)
The Supplier shall not subcontract any part of the Service or the Integration without the Customer's prior written consent. The Customer approves Tencent Cloud as hosting provider.

Art. 14 (Termination)
14.1 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach and does not cure it within 20 days after written notice.
14.2 The Supplier may suspend the Service if an invoice remains unpaid 30 days after its due date, after written warning.

Art. 15 (Force majeure)
Neither Party is liable for a delay or failure caused by events beyond its reasonable control, including natural disasters, epidemics, port closures and general failures of public networks, provided it informs the other Party without delay and resumes performance as soon as possible.

Art. 16 (Notices)
Notices under this Agreement are given in writing by registered letter or by e-mail to the addresses stated below the signatures and take effect on receipt.

Art. 17 (Governing law and disputes)
17.1 At the Customer's request this Agreement is governed by the law of the People's Republic of China.
17.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen in accordance with its rules.

Art. 18 (Final provisions)
18.1 Amendments are valid only in writing.
18.2 The Customer declares that it has read and specifically approves Art. 3 (Term and renewal), Art. 5 (Invoicing and payment), Art. 7.3 (Service levels), Art. 9.4 (Customer Data) and Art. 12 (Liability).

La Maddalena / Gaozhou, ____________

The Supplier: ____________________          The Customer: ____________________
"""

# ---------------------------------------------------------------- build
PLAIN = {  # written as they stand
    "h203z02": ("h203z02_copper_foil_surface_defect_inspection.txt", H203Z02),
    "h203z03": ("h203z03_print_shop_chain_order_saas.md", H203Z03),
    "h203z05": ("h203z05_sesame_oil_traceability_supplier_template.md", H203Z05),
    "h203e01": ("h203e01_stone_carving_cnc_software_licence.md", H203E01),
    "h203e02": ("h203e02_kungfu_school_booking_saas_order_form.txt", H203E02),
    "h203e05": ("h203e05_lychee_cold_treatment_certificate_api.txt", H203E05),
}
SOURCES = {"h203z01": H203Z01, "h203z04": H203Z04, "h203e03": H203E03, "h203e04": H203E04}
TARGETS = {"h203z01": ("h203z01_city_sports_bureau_fitness_platform_integration.docx", "docx"),
           "h203z04": ("h203z04_county_commerce_bureau_ecommerce_platform_om.pdf", "pdf"),
           "h203e03": ("h203e03_sea_grape_farm_salinity_sensors.docx", "docx"),
           "h203e04": ("h203e04_flower_auction_managed_it_desktop_support.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for key, (name, text) in PLAIN.items():
        (OUT / name).write_text(text.strip() + "\n", encoding="utf-8")
        print("wrote", name)
    write(SOURCES, TARGETS, OUT, wrap_words=True)
