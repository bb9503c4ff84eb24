"""holdout261: writes the ten ORDINARY draft contracts (txt/md as is, docx/pdf through ../word_pdf.py), asserts the
price and payment sums, re-applies policy §3/§4 to the labels, writes the .json labels and scans every built file,
read back, for values sitting on a policy threshold. Run with /work/main/.venv/bin/python."""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}      # key -> (file name, format, text or markup)
PLAN = {}     # key -> dict(lang, category, terms, extra, rules, must_appear, fee_base)

H261Z01 = """T:江岚省社会保险公共服务平台建设项目政府采购合同
P:合同编号：JLRS-ZC-2027-018　　采购方式：公开招标　　项目编号：JLZC2027-GK-0436
P:甲方（采购人）：江岚省人力资源和社会保障厅
P:乙方（供应商）：澄川数智科技股份有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方在平等自愿的基础上，就江岚省社会保险公共服务平台建设项目订立本合同，以资共同遵守。招标文件、投标文件、中标通知书及双方确认的需求规格说明书均为本合同组成部分，内容不一致时以本合同正文为准。
H:第一条 项目内容
P:1.1 乙方为甲方建设社会保险公共服务平台，内容包括：平台软件产品许可（统一门户、业务中台、电子档案、统计分析四个子系统）；养老、工伤、失业三项险种经办系统对接及移动端、自助终端服务渠道的定制开发；历史参保数据迁移；系统部署、联调及培训。
P:1.2 平台部署于甲方政务云，乙方不得在政务云以外的任何环境存放平台数据。
H:第二条 合同价格
P:2.1 本合同为固定总价合同，合同总价为人民币3,276,000元（大写：叁佰贰拾柒万陆仟元整），含税，包括软件许可、开发、迁移、部署、培训、差旅及验收前的全部服务费用。分项如下：
TB:序号|项目|金额（元）
TB:1|平台软件许可（永久许可，不限用户数）|1,280,000
TB:2|经办系统对接及服务渠道定制开发|1,460,000
TB:3|历史参保数据迁移|310,000
TB:4|系统部署及联调|180,000
TB:5|培训（管理员及业务骨干）|46,000
TB:合计||3,276,000
P:2.2 除甲方书面变更需求外，合同总价不作调整。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%，即655,200元，作为预付款。
P:3.2 系统通过初步验收后，甲方支付合同总价的45%，即1,474,200元。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即1,146,600元。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方通过国库集中支付系统付款。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后一百五十日内完成全部开发、迁移和部署，并申请初步验收。
P:4.2 乙方应提交详细设计、数据迁移方案、测试报告、用户手册、运维手册及全部定制开发源代码。
P:4.3 乙方应组建不少于十二人的项目团队，项目经理须具备高级项目管理资质并常驻甲方现场；未经甲方同意，乙方不得更换项目经理和核心技术人员。
P:4.4 乙方应每周提交项目周报，说明进度、风险及需甲方配合事项；因甲方原因造成的延误，交付期限相应顺延。
H:第五条 验收
P:5.1 初步验收标准：（1）需求规格说明书所列功能全部实现；（2）三项险种经办系统接口联调通过，连续十个工作日交易无差错；（3）迁移数据逐表核对，记录数及关键字段一致；（4）门户在2,000并发用户下页面响应不超过2秒；（5）通过第三方网络安全等级保护测评及商用密码应用安全性评估。
P:5.2 初步验收后系统试运行九十日，试运行期间未发生一级故障且遗留问题全部关闭的，甲方组织最终验收，出具书面验收报告。
P:5.3 系统上线、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收，费用自理。
H:第六条 服务水平
P:6.1 质保期内平台月可用率不低于99.95%（计划内维护除外，维护须提前三日经甲方同意）。
P:6.2 故障分级及响应：一级故障（平台整体不可用或参保缴费业务中断）30分钟内响应，2小时内到达现场，6小时内恢复；二级故障2小时内响应，24小时内解决；三级故障1个工作日内响应。
P:6.3 乙方响应或恢复超时的，每超时一小时扣减服务费2,000元；月可用率每低于承诺值0.01个百分点，扣减3,000元。扣减款从应付款或履约保证金中扣除。
H:第七条 质保与后续维护
P:7.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、政策调整引起的适配修改及7×24小时技术支持。
P:7.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的10%，即每年不超过128,000元，且质保期满后前两年不予上调。续签须另行签订书面合同，不自动续期。
H:第八条 数据安全
P:8.1 平台中的参保人员信息、缴费记录、业务数据及日志均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得用于任何其他目的，不得复制、留存或向第三方提供。
P:8.2 乙方应按照网络安全等级保护第三级要求落实访问控制、加密存储、操作审计等措施，远程运维须经甲方审批并通过堡垒机进行。
P:8.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因导致的安全事件，乙方承担全部法律责任并赔偿甲方全部损失。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、网络架构、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十条 知识产权
P:10.1 平台软件产品的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。
P:10.2 为本项目定制开发的程序、接口、源代码及文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:10.3 乙方保证其交付成果不侵犯第三方权利，否则由乙方承担全部责任。
H:第十一条 分包
P:11.1 本项目不允许分包。乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十二条 违约责任
P:12.1 乙方逾期交付或逾期申请验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:12.2 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同产生的争议，双方应协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 履约保证金与培训
P:15.1 乙方应于合同签订后七日内向甲方提交合同总价5%的履约保证金，即163,800元，最终验收合格后无息退还。
P:15.2 乙方应为甲方培训系统管理员不少于二十人次、业务骨干不少于二百人次，培训考核合格率不低于95%，培训教材归甲方所有。
H:第十六条 不可抗力与通知
P:16.1 因不可抗力不能履行合同的，受影响一方应在三日内通知对方，并在十五日内提供证明，根据影响程度部分或全部免除责任。
P:16.2 双方往来通知以书面形式送达本合同载明的地址，一方变更地址的，应提前七日书面通知对方。
H:第十七条 其他
P:17.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。未尽事宜由双方另行签订补充协议。
P:甲方（盖章）：江岚省人力资源和社会保障厅　　　　乙方（盖章）：澄川数智科技股份有限公司
P:法定代表人或授权代表：__________　　　　法定代表人或授权代表：__________
P:签订日期：2027年　月　日
"""
SRC["h261z01"] = ("h261z01_province_social_insurance_platform.docx", "docx", H261Z01)

H261Z02 = """金属检测机及X射线异物检测机采购与维保合同

合同编号：HYSP-SB-2027-0112
甲方（买方）：禾韵食品（漳州）有限公司
乙方（卖方）：衡析检测装备（苏州）有限公司
签订地点：福建省漳州市

鉴于甲方为满足饼干、坚果及肉脯生产线的异物控制要求，拟采购金属检测机、X射线异物检测机及配套剔除装置，乙方为上述设备的制造商，双方经友好协商，订立本合同。

一、货物及价格

（一）本合同货物清单及价格如下（人民币，含13%增值税、包装、运输、保险及安装调试费用）：

| 序号 | 名称 | 型号 | 数量 | 单价（元） | 金额（元） |
| 1 | 隧道式金属检测机 | HX-MD600 | 12台 | 86,000 | 1,032,000 |
| 2 | X射线异物检测机（双能） | HX-XR480D | 4台 | 238,000 | 952,000 |
| 3 | 气吹式/推杆式剔除装置 | HX-RJ20 | 16套 | 9,500 | 152,000 |
|   | 硬件小计 |  |  |  | 2,136,000 |
| 4 | 安装调试及产线联动 |  | 1项 | 88,000 | 88,000 |
| 5 | 操作培训及灵敏度验证 |  | 1项 | 36,000 | 36,000 |
|   | 合同总价 |  |  |  | 2,260,000 |

（二）合同总价为人民币2,260,000元（大写：贰佰贰拾陆万元整），为固定价格，合同履行期间不作调整。

（三）设备内置的检测软件随设备一并交付，其使用许可费已包含在硬件价格中，甲方可在设备寿命期内永久使用。

二、交货与安装

（一）乙方应于合同生效后六十日内将全部设备运至甲方漳州工厂指定车间，并在到货后二十日内完成安装、调试及与现有包装线的剔除联动。

（二）到货时双方共同开箱清点，核对型号、数量、随机文件及出厂检验报告，并签署到货签收单。到货签收仅证明数量和外观，不代表质量验收。

（三）设备应符合国家食品安全相关标准及甲方HACCP体系对异物控制点的要求，电气部分防护等级不低于IP66，适应车间冲洗环境。

三、付款方式

（一）合同生效后十日内，甲方支付合同总价的10%，即226,000元，作为预付款。

（二）全部设备到货并安装调试完毕后，甲方支付合同总价的60%，即1,356,000元。

（三）设备通过最终验收后，甲方支付合同总价的25%，即565,000元。

（四）剩余5%，即113,000元，作为质量保证金，质保期满且无未决质量问题后十五个工作日内无息支付。

（五）乙方每次请款时应提供等额增值税专用发票。

四、验收

（一）验收标准：1. 金属检测机在产品通过状态下，对直径1.5mm铁球、2.0mm非铁球、2.5mm不锈钢球的检出率达到100次测试全部检出；2. X射线机对直径2.0mm玻璃、石子和骨头碎片的检出率符合技术协议附表；3. 剔除装置对检出产品的剔除成功率不低于99.5%，误剔率不高于0.2%；4. 连续生产运行十五日无一级故障；5. 乙方提交灵敏度验证记录、辐射安全检测报告及操作规程。

（二）甲方在上述条件满足后七日内组织最终验收并签署验收报告。设备投入使用或甲方支付任何款项，均不视为验收合格。验收不合格的，乙方应在十日内整改、更换或退货，费用由乙方承担。

（三）X射线设备的辐射安全许可由甲方办理，乙方应提供办理所需的全部技术资料。

五、质保

（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内因设备质量问题发生的故障，乙方免费维修、更换零部件，并承担差旅和运输费用。

（二）质保期内，乙方每季度上门进行一次灵敏度校验和预防性保养，并出具校验报告。

六、售后服务及维保

（一）故障分级：一级故障指设备停机导致产线停产；二级故障指检测灵敏度下降或误剔率超标但产线可降速运行；三级故障指其他不影响生产的故障。

（二）一级故障，乙方应在1小时内电话响应，8小时内工程师到达现场，24小时内排除故障或提供备用机；二级故障2小时内响应，48小时内解决。

（三）乙方响应或到场超时的，每超时一小时向甲方支付1,000元。

（四）质保期满后，甲方委托乙方继续提供维保服务的，年度维保费按硬件小计的18%计取，即每年384,480元，前三年按此固定金额执行，包括每季度校验、易损件更换及全部故障维修。

（五）乙方应在福建省内设立备件库，常备传送带、检测头电路板、X射线源及剔除气阀等关键备件，并建立设备维修档案，每次维修后三日内向甲方提交维修报告，载明故障原因、处理措施和更换的零部件。

（六）乙方应指定一名服务经理作为甲方的固定联系人，每半年与甲方品控部门召开一次设备运行评估会，提出灵敏度设置和产线布局的改进建议。

七、检测数据安全

（一）设备产生的检测记录、剔除图像、产品配方参数及产线数据均属于甲方所有。乙方仅可为安装、维修及校验之目的访问上述数据，不得复制、留存或用于其他用途。

（二）乙方远程诊断须事先取得甲方书面批准，通过甲方提供的加密通道进行，并保留操作日志。乙方工程师离场时应删除其携带设备中的甲方数据。

（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。

八、知识产权

（一）设备检测软件的知识产权归乙方，甲方享有永久使用权。

（二）乙方为本项目开发的剔除联动程序、报表模板及产线参数配置归甲方所有，甲方可自由使用、修改并交由第三方维护。

（三）乙方保证所供设备及软件不侵犯任何第三方的知识产权。

九、违约责任

（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金。

（二）设备经两次整改仍不能通过验收的，甲方有权退货并解除合同，乙方应退还已收款项并赔偿甲方损失。

（三）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。

十、分包

乙方不得将安装调试及售后服务分包给第三方，确需分包的，应事先取得甲方书面同意，并对分包方的行为承担连带责任。

十一、合同解除

乙方严重违反本合同约定，经甲方书面通知后十日内仍未纠正的，甲方有权解除本合同并要求乙方赔偿损失。

十二、法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。

十三、培训及资料

（一）乙方应在安装调试期间为甲方操作工、品控员和设备维修人员提供现场培训，培训不少于三批次、每批次不少于一天，内容包括开机自检、灵敏度测试、测试块使用、剔除确认、日常清洁及常见报警处理。

（二）乙方应交付中文操作手册、维修手册、电气图纸、备件清单及推荐备件价格表。推荐备件价格在质保期满后的前三年内不得上调。

十四、不可抗力

因地震、台风、洪水、疫情防控措施等不可抗力导致不能按期履行的，受影响一方应在三日内书面通知对方，并在十日内提供有关证明，履行期限相应顺延；不可抗力持续超过六十日的，双方可协商解除合同。

十五、其他

本合同一式四份，双方各执两份，经双方签字盖章后生效。技术协议为本合同附件，与本合同具有同等效力。

甲方：禾韵食品（漳州）有限公司（盖章）　　　　乙方：衡析检测装备（苏州）有限公司（盖章）
授权代表：__________　　　　　　　　　　　　　授权代表：__________
日期：2027年　月　日　　　　　　　　　　　　　日期：2027年　月　日
"""
SRC["h261z02"] = ("h261z02_food_factory_metal_xray_inspection.txt", "txt", H261Z02)

H261Z03 = """# 门店订货及会员营销SaaS服务合同

**合同编号**：MX-SaaS-2027-031

**甲方（客户）**：麦香里连锁烘焙（杭州）有限公司
**乙方（服务商）**：云橱数字科技（杭州）有限公司

甲方经营连锁烘焙门店180家，拟使用乙方的门店订货、中央工厂配送及会员营销SaaS平台（以下简称“平台”），并委托乙方完成实施上线。双方经协商一致，订立本合同。

## 第1条 服务内容

1.1 乙方向甲方提供平台订阅服务，包括：门店要货与中央工厂排产、配送路线与签收、门店库存与报损、会员积分与储值、优惠券及小程序商城、经营分析报表。

1.2 实施服务：门店及商品主数据初始化、与甲方收银系统和财务系统的接口对接、历史会员数据迁移（约62万条）、180家门店的店长培训。

1.3 平台由乙方部署于境内云服务商的数据中心，乙方负责平台的运行、维护和升级。

1.4 平台应支持甲方在服务期内新开门店的快速开通，乙方应在收到甲方开店通知后三个工作日内完成门店账号、商品目录、价格体系和配送线路的配置，并对新店店长进行远程培训。

1.5 乙方应提供门店端平板应用、店长手机端应用、会员小程序及总部管理后台，所有终端均应支持离线要货，网络恢复后自动同步，不得因网络中断导致门店订单丢失。

## 第2条 服务期限与续期

2.1 订阅服务期为三年，自平台上线验收合格之日起算。

2.2 服务期届满前六十日内任何一方未书面提出不续约的，本合同自动续期一个服务年度，此后亦同。续期时乙方有权根据其当年的产品定价调整订阅费，调整幅度不超过上一服务年度费用的8%，乙方于续期前三十日通知甲方即可，无需甲方另行同意。

## 第3条 费用

3.1 费用明细如下（人民币，含税）：

| 项目 | 计费方式 | 年费（元） | 三年合计（元） |
|---|---|---|---|
| 门店订阅费 | 180家 × 4,800元/家/年 | 864,000 | 2,592,000 |
| 总部及中央工厂模块 | 按年 | 96,000 | 288,000 |
| 实施服务费（一次性） | 固定价 | — | 168,000 |
| 会员数据迁移（一次性） | 固定价 | — | 42,000 |
| **合计** | | | **3,090,000** |

3.2 合同总价为人民币3,090,000元。新增门店按每家每年4,800元按月折算计费。

## 第4条 付款

4.1 本合同不设预付款。

4.2 订阅费按季度结算，每个服务季度结束后十五日内，乙方提交服务报告及发票，甲方经确认后支付该季度订阅费240,000元。

4.3 实施服务费和会员数据迁移费在平台上线验收合格后一次性支付，共计210,000元。

## 第5条 实施与上线验收

5.1 乙方应在合同签订后七十五日内完成全部实施工作并提请上线验收。

5.2 验收标准：（1）订货、配送、库存、会员、营销五个业务模块按需求确认书全部实现；（2）与收银系统、财务系统接口连续十日数据一致；（3）迁移会员的积分与储值余额逐户核对无差异；（4）高峰期（每日6:30—9:00）门店要货提交响应时间不超过3秒；（5）完成全部门店店长培训。

5.3 甲方在收到验收申请后十日内组织验收并出具书面意见。平台试用或部分门店先行使用，不视为验收合格。

5.4 乙方未按期完成实施的，每逾期一日，向甲方支付违约金2,000元。

5.5 上线验收合格后，乙方应移交系统配置清单、接口说明、数据迁移核对记录及门店操作手册，作为甲方日常运营和后续审计的依据。

## 第6条 服务水平

6.1 平台月可用率不低于99.5%，计划内维护须安排在凌晨1:00—5:00之间并提前48小时通知甲方。

6.2 故障响应：P1故障（平台整体不可用、门店无法要货或收银对接中断）30分钟内响应，3小时内恢复；P2故障2小时内响应，当日解决；P3故障一个工作日内响应。

6.3 月可用率低于承诺值的，按当月订阅费的5%给予服务抵扣；低于98%的，抵扣比例提高至当月订阅费的20%。P1故障恢复超时的，每超时一小时抵扣1,000元。

## 第7条 数据

7.1 甲方及其会员在平台中产生的订货数据、会员信息、交易记录（“客户数据”）归甲方所有。

7.2 甲方同意，乙方可对客户数据进行脱敏和汇总处理后，用于烘焙行业经营分析报告、平台算法训练及产品改进，该等使用在合同终止后仍可继续。

7.3 乙方应按照网络安全等级保护第三级要求保护客户数据，采取加密存储、访问控制、操作审计等措施；发生数据安全事件的，乙方应在24小时内通知甲方，并对因其过错造成的损失承担赔偿责任。

7.4 合同终止后三十日内，乙方应将客户数据以通用格式交还甲方，并在甲方确认后删除。

6.4 乙方应提供7×24小时服务热线及在线工单系统，并指定专属客户成功经理，每月向甲方提交服务报告，列明可用率、故障记录、工单处理时长及改进措施。

6.5 乙方对平台进行版本升级的，应提前十日通知甲方并在测试环境验证；升级导致门店业务中断的，按P1故障处理。

## 第7A条 甲方责任

7A.1 甲方应指定项目负责人，按时提供门店、商品、价格及会员等基础资料，并保证资料来源合法、内容准确。

7A.2 甲方应妥善管理平台账号，因甲方员工泄露账号口令造成的损失由甲方自行承担，但乙方应协助追查。

7A.3 甲方负责门店网络及收银终端的正常运行，并配合乙方完成接口联调和门店培训。

## 第8条 保密

双方对在合作中获知的对方商业秘密、经营数据和技术信息负有保密义务，未经对方书面同意不得披露，保密期限至合同终止后三年。

## 第9条 知识产权

9.1 平台及其升级版本的知识产权归乙方所有。

9.2 乙方为甲方定制的报表、营销活动模板及接口程序，其知识产权归甲方所有，甲方可自由使用、修改并许可他人使用。

## 第10条 责任限制

乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意、重大过失或违反第7条造成的损失不受此限。

## 第11条 分包

乙方将实施工作的任何部分交由第三方完成的，须事先取得甲方书面同意。

## 第12条 解除

12.1 一方严重违约且在收到书面通知后十五日内未予纠正的，守约方有权解除本合同。

12.2 平台连续两个月可用率低于97%的，甲方有权解除本合同，乙方应退还甲方已支付但尚未提供服务部分的费用。

## 第12A条 服务终止与数据迁出

12A.1 本合同终止或到期不续约的，乙方应提供不少于六十日的过渡期，过渡期内平台正常运行，甲方按实际使用月数支付订阅费。

12A.2 乙方应配合甲方将订货、库存和会员数据迁移至甲方指定的新系统，提供完整的数据字典和导出文件，不得以任何理由拖延或额外收费。

## 第12B条 不可抗力

因不可抗力或云服务商重大区域性故障导致服务中断的，乙方应立即通知甲方并启用灾备环境，在灾备环境可用的情况下不得以不可抗力为由免除服务水平责任。

## 第13条 法律适用与争议解决

本合同适用中华人民共和国法律。争议提交杭州仲裁委员会仲裁。

## 第14条 其他

本合同自双方签章之日起生效，一式两份，双方各执一份。

甲方（盖章）：麦香里连锁烘焙（杭州）有限公司　　　　乙方（盖章）：云橱数字科技（杭州）有限公司

授权代表：__________　　　　授权代表：__________

日期：2027年　月　日
"""
SRC["h261z03"] = ("h261z03_bakery_chain_ordering_membership_saas.md", "md", H261Z03)

H261Z04 = """T:梧州市档案馆数字档案馆系统年度运维服务合同
P:项目名称：梧州市档案馆数字档案馆系统2027年度运维服务
P:采购方式：竞争性磋商　　采购编号：WZCG-2026-CS-0877
P:甲方：梧州市档案馆
P:乙方：桂信档案信息技术有限公司
P:依据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件及成交通知书，双方就梧州市档案馆数字档案馆系统年度运维服务事宜，经协商一致签订本合同。
H:第一条 服务范围
P:1.1 运维对象：数字档案馆系统（含档案管理、接收、长期保存、利用服务四个子系统）、电子档案长期保存库、档案利用网站及查档一体机、配套服务器、存储及数据库。
P:1.2 服务内容：（1）驻场运维，乙方派驻两名工程师在甲方工作日现场值守；（2）应用巡检与性能优化；（3）数据备份及每半年一次恢复演练；（4）系统安全加固及漏洞修复；（5）重大活动和节假日应急保障。
P:1.3 服务期自2027年1月1日起至2027年12月31日止。服务期满本合同自然终止，不自动续期；甲方如需继续采购，应依法重新组织采购。
P:1.4 乙方应自备运维所需的监控、巡检和漏洞扫描工具，工具安装前须经甲方审核并登记，服务期满后由乙方卸载，不得在甲方系统中留存任何后门或远程控制程序。
P:1.5 乙方应于服务期开始后二十日内完成系统现状评估，形成运维基线报告，列明软硬件清单、版本、配置、已知缺陷和风险，作为年度服务的对照依据。
H:第二条 服务费用
P:2.1 本合同总价为人民币626,000元（大写：陆拾贰万陆仟元整），为包干价，包括人员、工具、差旅、税费及其他全部费用。分项如下：
P:驻场运维服务（两人全年）　396,000元
P:应用巡检与性能优化　84,000元
P:数据备份及恢复演练　62,000元
P:系统安全加固　48,000元
P:应急响应保障　36,000元
P:合计　626,000元
H:第三条 付款方式
P:3.1 本合同不设预付款。
P:3.2 服务费按季度支付。每季度结束后，甲方依照第五条对该季度服务进行考核，考核合格后十五个工作日内支付该季度服务费156,500元。
P:3.3 考核扣款从当季应付服务费中直接扣除。乙方应在请款时提交发票、季度运维报告及考核确认单。
H:第四条 服务水平
P:4.1 数字档案馆系统月可用率不低于99.95%。因甲方计划停机或机房供电等非乙方原因造成的中断不计入。
P:4.2 故障分级：一级故障指系统整体不可用、长期保存库数据损坏或档案利用网站被篡改；二级故障指单个子系统不可用；三级故障指个别功能异常。
P:4.3 响应与处置时限：一级故障15分钟内响应，1小时内到场，2小时内恢复服务；二级故障30分钟内响应，8小时内解决；三级故障2个工作日内解决。
P:4.4 乙方每延迟响应或恢复一小时，扣减当季服务费1,000元；月可用率每低于承诺值0.01个百分点，扣减当季服务费2,000元；一季度内发生两次以上一级故障的，另行扣减当季服务费的5%。
P:4.5 乙方应每月5日前提交上月运维月报，内容包括系统运行指标、故障及处理情况、备份记录、安全事件、容量预测和改进建议；每季度末提交季度运维报告。
P:4.6 遇国家和自治区重要会议、档案开放日、春节等节假日，乙方应按甲方通知安排专人现场值守，并提前完成专项巡检和应急预案演练，相关费用已包含在应急响应保障费用中。
H:第五条 考核与验收
P:5.1 季度考核内容：巡检记录完整性、故障处置时限、备份成功率（不低于99.5%）、漏洞修复时限、工单满意度。考核由甲方信息科组织，结果以书面考核确认单为准。
P:5.2 年度验收：服务期届满后十五日内，甲方组织年度验收，验收标准为全年四个季度考核均合格、恢复演练报告完整且恢复数据经逐件校验无误、运维文档全部移交。未通过年度验收的，乙方应在十日内整改。
P:5.3 甲方签收运维报告或支付服务费，不视为年度验收通过。
H:第六条 人员要求
P:6.1 驻场工程师应具有档案信息化系统运维经验三年以上，其中一人须持有信息安全相关认证。乙方更换驻场人员须提前十日书面征得甲方同意。
P:6.2 乙方人员应遵守甲方的安全保卫、档案保护及机房管理制度，进入档案库房须由甲方人员陪同。
P:6.3 甲方有权对乙方人员的服务质量进行评价，对不能胜任工作或违反管理制度的人员，甲方可要求乙方在五日内更换，乙方应予配合。
P:6.4 甲方应为驻场人员提供必要的办公场所、网络接入和系统账号，并按本合同约定及时组织考核、支付服务费。
H:第七条 数据安全
P:7.1 系统中的电子档案、元数据、利用记录及日志均属于甲方所有，乙方仅可为履行本合同访问，不得拷贝、留存、篡改或向任何第三方提供。
P:7.2 乙方应通过甲方堡垒机进行运维操作，禁止使用个人存储介质，所有操作留存审计日志。涉密档案按国家保密规定处理，乙方人员不得接触。
P:7.3 发生数据泄露、损毁或系统被入侵等安全事件，乙方应在30分钟内报告甲方，并在甲方指挥下处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。
P:7.4 乙方应配合甲方开展网络安全等级保护测评、档案信息系统安全检查和数据安全风险评估，对检查发现的问题在规定期限内完成整改，并将整改结果书面报告甲方。
H:第八条 保密
P:8.1 乙方及其人员对履约中接触的档案内容、系统架构、账号口令等信息负有保密义务，不得以任何形式泄露。乙方驻场人员须签署个人保密承诺书。本条义务不因合同终止而解除。
H:第九条 成果归属
P:9.1 乙方在服务期内形成的运维文档、巡检报告、应急预案、优化脚本及配置文件，其所有权和知识产权均归甲方，甲方可自由使用、修改并提供给后续服务商。
H:第十条 分包
P:10.1 乙方不得将本合同项下服务转包或分包。
H:第十一条 违约责任
P:11.1 乙方未按约定时间进场开始服务或逾期提交季度运维报告的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方驻场人员无故缺勤的，每人每日扣减服务费800元。
P:11.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 合同解除
P:12.1 乙方严重违约，或连续两个季度考核不合格，经甲方书面通知后十日内仍未改正的，甲方有权解除本合同，并按实际合格服务结算费用。
H:第十三条 服务交接
P:13.1 服务期届满或合同解除时，乙方应在十五日内完成账号、文档、配置和未结工单的交接，并协助后续服务商熟悉系统，交接期间不得中断服务。
P:13.2 交接完成后，乙方应删除或归还其持有的全部甲方资料和账号，并出具书面承诺；交接清单经双方签字确认后作为年度验收材料之一。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向梧州市有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式五份，甲方三份，乙方一份，政府采购监督管理部门备案一份，自双方签字盖章之日起生效。本合同未尽事宜，依照磋商文件、响应文件及双方书面确认的补充协议执行；补充协议与本合同具有同等法律效力。
P:甲方（盖章）：梧州市档案馆　　　　乙方（盖章）：桂信档案信息技术有限公司
P:代表人签字：__________　　　　代表人签字：__________
P:签订日期：2026年12月　日
"""
SRC["h261z04"] = ("h261z04_city_archives_digital_system_om.pdf", "pdf", H261Z04)

H261Z05 = """# 蛋品通ERP软件许可及定制开发合同（标准文本 DPT-HT-2026版）

合同编号：DPT-2027-0415

甲方（用户）：楚源蛋业食品有限公司
乙方（开发商）：蛋品通软件（长沙）有限公司

本合同采用乙方标准合同文本。甲方为提升松花皮蛋、咸蛋生产的批次管理和质量追溯水平，购买乙方“蛋品通ERP”软件并委托乙方进行定制开发和实施，双方约定如下。

## 一、产品与服务

1. 乙方向甲方提供蛋品通ERP软件V5（采购、仓储、生产、销售、财务五大模块）50个并发用户的永久使用许可。
2. 乙方为甲方定制开发：鲜蛋入库分级模块、腌制工艺（料液配比、池号、腌制周期）批次追溯模块、出厂质检及铅含量检测记录模块、经销商订货小程序。
3. 实施服务包括系统安装、基础数据导入、用户培训和上线支持。
4. 软件许可仅限甲方在其湖南汨罗生产基地使用，许可用户数以乙方发放的授权文件为准。甲方增加用户的，按每用户14,400元另行购买许可；甲方新增生产基地的，须另行签订许可合同。
5. 系统运行所需的服务器、数据库、操作系统、网络设备及打印、称重、扫码等终端设备由甲方自行采购，并应符合乙方提供的配置要求。因甲方环境不符合要求导致的系统问题，乙方不承担责任。

## 二、合同价款

| 项目 | 金额（元） |
|---|---|
| 蛋品通ERP软件许可（50用户，永久） | 720,000 |
| 定制开发（四个模块） | 320,000 |
| 实施服务 | 120,000 |
| 合计 | 1,160,000 |

合同总价为人民币壹佰壹拾陆万元整（1,160,000元）。

## 三、付款

1. 本合同签订后五个工作日内，甲方支付合同总价的50%，即580,000元。
2. 系统上线运行后五个工作日内，甲方支付剩余50%，即580,000元。
3. 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，乙方并有权暂停服务和关闭系统授权。

## 四、交付与上线

1. 乙方在收到首期款后开始实施，计划于九十日内完成上线，具体进度以乙方项目计划为准。
2. 系统安装完毕并在甲方开始录入业务数据之日，视为系统上线运行。
3. 系统上线运行即视为甲方验收合格，甲方不再另行组织验收。甲方对功能有异议的，应在上线前以书面方式提出，上线后提出的意见作为优化需求处理，由乙方排期解决。

## 五、甲方的配合义务

1. 甲方应指定一名项目负责人和各模块关键用户，在乙方要求的时间内提供组织架构、物料编码、配方、客户及供应商等基础资料，并对资料的准确性负责。
2. 甲方应按乙方项目计划完成需求确认、测试和培训签到。甲方未按时确认或配合的，上线日期相应顺延，乙方因此增加的人工按每人每天3,500元另行计费。
3. 需求确认书经甲方签字后，甲方提出的任何功能变更均按需求变更处理，由乙方评估工作量并另行报价。

## 六、培训

乙方为甲方关键用户提供不超过五天的集中培训，并为仓库、车间统计员提供一次现场操作培训。超出上述范围的培训按乙方收费标准另行计费。培训资料的著作权归乙方所有，甲方仅可内部使用。

## 七、知识产权

1. 蛋品通ERP软件及其文档的知识产权归乙方所有。
2. 乙方为甲方定制开发的模块、程序、源代码及相关文档，其知识产权亦归乙方所有。乙方授予甲方在本企业内部非独占使用的权利，甲方不得修改、反编译或交由第三方维护。乙方有权将定制开发成果纳入其标准产品向其他客户销售。
3. 源代码不向甲方交付。

## 八、免费维护与后续服务

1. 系统上线运行后六个月为免费维护期，乙方提供远程技术支持和缺陷修复。
2. 免费维护期满后，甲方应与乙方签订年度服务协议，年度服务费按软件许可费的28%计算，即每年201,600元。未签订年度服务协议的，乙方不再提供升级、补丁和技术支持。
3. 年度服务内容为远程支持、缺陷修复和版本升级；现场服务另按每人每天3,500元收费。
4. 年度服务协议每年签订一次，服务费标准按本条第2款执行。甲方中断年度服务后再次申请服务的，应补缴中断期间的全部服务费，并承担版本跨越升级所产生的实施费用。
5. 因甲方自行修改数据库、操作不当、病毒感染或使用非乙方认可的第三方软件导致的故障，不属于免费维护和年度服务范围，乙方可按现场服务标准收费。

## 九、技术支持

1. 紧急故障（系统无法登录或生产、出库业务无法进行）：乙方在接到甲方报修后12小时内响应，并尽力安排处理。
2. 一般故障：乙方在三个工作日内响应。
3. 上述时限为乙方的服务目标，乙方未能在目标时限内响应或解决的，不承担任何扣款、赔偿或违约责任。
4. 甲方报修应通过乙方客服热线或客户服务平台提交，并提供故障截图、操作步骤和涉及的单据号。未按上述方式提交的报修，不计入响应时限。

## 十、数据

1. 甲方在系统中录入和产生的业务数据归甲方所有，乙方仅可为提供实施和维护服务使用。
2. 乙方在远程维护时应采取必要的安全措施，包括专用账号、加密通道和操作记录，防止甲方数据泄露、丢失或被篡改；因乙方原因导致数据安全事件的，乙方应在24小时内通知甲方，并承担相应赔偿责任。
3. 甲方应自行负责数据库的日常备份，乙方可提供备份方案建议，但不对甲方备份的完整性承担责任。

## 十一、保密

双方对因本合同知悉的对方商业秘密和技术信息负有保密义务，保密期限至合同终止后两年。甲方不得向第三方披露乙方软件的功能设计、价格及本合同条款。

## 十二、分包

乙方有权根据项目需要，将部分开发、实施或现场服务工作交由其合作伙伴完成，无需取得甲方同意。乙方对合作伙伴的工作质量负责。

## 十三、违约责任

1. 因乙方原因未能按计划上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的2%。
2. 乙方在本合同项下承担的全部赔偿责任（含违约金）累计不超过合同总价的20%，且乙方不对甲方的间接损失、利润损失或数据损失承担责任。
3. 甲方擅自复制、转让软件或超出许可用户数使用的，应按软件许可费的两倍向乙方支付违约金。

## 十四、合同解除

任何一方严重违约，经对方书面催告后三十日内仍未纠正的，守约方有权解除本合同。已支付的款项不予退还，但乙方严重违约导致合同解除的除外。

合同解除后，甲方应停止使用尚未付清款项对应的软件功能，乙方应在收到甲方书面要求后十五日内以通用格式导出甲方业务数据并交付甲方。

## 十五、法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，由乙方所在地（长沙市岳麓区）人民法院管辖。

## 十六、不可抗力

因自然灾害、政府行为、网络运营商故障、第三方软件缺陷等乙方不能控制的原因导致合同不能履行或迟延履行的，乙方不承担违约责任，履行期限相应顺延。

## 十七、通知

双方的通知以书面或电子邮件方式发送至本合同首页所列联系人。电子邮件发出即视为送达。

## 十八、其他

1. 本合同为乙方标准文本，双方另有约定的，以补充协议为准。
2. 本合同自双方盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：楚源蛋业食品有限公司
乙方（盖章）：蛋品通软件（长沙）有限公司
签订日期：2027年　月　日
"""
SRC["h261z05"] = ("h261z05_century_egg_maker_erp_supplier_template.md", "md", H261Z05)

H261E01 = """T:Software Licence and Services Agreement — GlazeLab Formula Suite
P:Agreement No. SD-CN-2027-044
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Dehua Baiyun Porcelain Studio Co., Ltd., a company incorporated in the People's Republic of China with its registered office at Longxun Road, Dehua County, Quanzhou, Fujian Province (the "Buyer"); and
P:(2) Smalti Digitali S.r.l., a company incorporated in Italy with its registered seat at Via del Forno 7, Isola Cretaccio, Italy (the "Vendor").
H:Recitals
P:A. The Buyer makes blanc de Chine and coloured-glaze porcelain in Dehua and wishes to move its glaze recipes and kiln records from spreadsheets into a formula system.
P:B. The Vendor develops and licenses GlazeLab Formula Suite, a software product for calculating glaze chemistry (unity molecular formula, expansion, oxide limits), managing raw-material batches and planning kiln firing curves.
P:C. The parties wish to set out the terms on which the Vendor grants perpetual licences to the Suite, configures it for the Buyer's glaze library and supports it. At the Buyer's request all prices in this Agreement are stated and payable in Chinese yuan (CNY).
H:1. Definitions
P:1.1 "Suite" means the GlazeLab Formula Suite software in object code, version 9.2 and any update or upgrade delivered under this Agreement, together with its user documentation.
P:1.2 "Kiln Module" means the optional GlazeLab Kiln Curve module for planning and recording firing schedules of gas and electric kilns.
P:1.3 "Buyer Data" means all recipes, glaze formulas, raw-material analyses, test-tile photographs, firing logs and other data entered into or generated by the Suite for the Buyer.
P:1.4 "Library Configuration" means the Buyer-specific work under clause 3.2: the conversion of the Buyer's existing recipes, custom oxide limit tables, report templates and the interface to the Buyer's electronic balance.
P:1.5 "Final Acceptance" means the Buyer's written confirmation under clause 5.3.
H:2. Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Suite on eight named workstations and the Kiln Module on two workstations at the Buyer's premises in Dehua, for the Buyer's own business.
P:2.2 The licence fee is a one-time fee. No annual licence fee, usage fee or renewal fee applies to the licences granted in clause 2.1.
H:3. Services
P:3.1 The Vendor shall install the Suite and the Kiln Module, connect them to the Buyer's local database server and train the Buyer's glaze technicians and kiln operators.
P:3.2 The Vendor shall carry out the Library Configuration: it shall convert approximately 1,800 existing recipes from the Buyer's spreadsheets, set up oxide limit tables for the Buyer's celadon, tenmoku and white glazes, build six report templates in Chinese and English, and connect the Suite to the Buyer's two electronic balances so that weighing results are recorded automatically.
P:3.3 The Vendor shall complete installation within forty-five days after the Effective Date and the Library Configuration within ninety days after the Effective Date.
H:4. Price and Payment
P:4.1 The total price of this Agreement is CNY 568,000 (the "Contract Price"), made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:GlazeLab Formula Suite perpetual licence|8 seats|46,000|368,000
TB:Kiln Curve Module perpetual licence|2 seats|38,000|76,000
TB:Licence subtotal|||444,000
TB:Library Configuration (fixed price)|1|96,000|96,000
TB:Installation and training|1|28,000|28,000
TB:Total Contract Price|||568,000
P:4.2 The Contract Price is fixed and includes all taxes, travel and expenses of the Vendor's personnel.
P:4.3 The Buyer shall pay: (a) 20% of the Contract Price, CNY 113,600, within twenty days after signature, against the Vendor's invoice; (b) 45% of the Contract Price, CNY 255,600, after completion of installation and training, as certified by the Buyer's installation certificate; and (c) the remaining 35%, CNY 198,800, within twenty days after Final Acceptance.
P:4.4 The installation certificate confirms only that the software has been installed and the training held; it is not acceptance of the Suite or of the Library Configuration.
H:5. Acceptance
P:5.1 On completion of the Library Configuration the Vendor shall give the Buyer an acceptance test plan based on Schedule 2.
P:5.2 The acceptance tests shall show that: (a) at least 98% of the converted recipes reproduce the Buyer's spreadsheet batch weights within 0.1 gram per kilogram; (b) the unity formula and thermal expansion calculated for twenty reference glazes match the Buyer's laboratory values within the tolerances in Schedule 2; (c) the balance interface records weighings without manual entry during a ten-day trial; (d) the Kiln Module records complete firing logs for at least six firings; and (e) all six report templates print correctly in both languages.
P:5.3 If the tests are passed, the Buyer shall sign a Final Acceptance certificate within ten days. If any test fails, the Vendor shall correct the defect at its own cost and repeat the test. Use of the Suite in production before Final Acceptance does not constitute acceptance.
H:6. Warranty
P:6.1 The Vendor warrants that the Suite will perform substantially in accordance with its documentation and that the Library Configuration will meet Schedule 2 for eighteen (18) months from Final Acceptance (the "Warranty Period").
P:6.2 During the Warranty Period the Vendor shall correct defects free of charge and shall provide all updates and upgrades of the Suite and the Kiln Module without charge.
H:7. Support and Service Levels
P:7.1 During the Warranty Period, and afterwards while an annual support order is in force, the Vendor shall provide support by telephone, e-mail and remote session in Chinese and English from 08:00 to 20:00 Beijing time, seven days a week.
P:7.2 Severity 1 means the Suite cannot be started or cannot calculate or print batch weights, so that glaze preparation stops. The Vendor shall respond to a Severity 1 incident within two (2) hours and provide a workaround within one working day. Severity 2 incidents shall receive a response within eight hours and a fix or workaround within five working days.
P:7.3 For each full hour by which the Vendor exceeds a Severity 1 response time, the Vendor shall credit the Buyer CNY 500, and for each full working day by which it exceeds the workaround time, CNY 1,500. Credits are deducted from the next payment due or paid to the Buyer on request.
H:8. Support after the Warranty Period
P:8.1 After the Warranty Period the Buyer may order annual support. The annual support fee is 12% of the licence subtotal, that is CNY 53,280 per year, and shall not change for the first three years after the Warranty Period. Any later change shall be agreed in writing and shall not exceed 3% per year.
P:8.2 Annual support is ordered by the Buyer's written purchase order for each year and does not renew automatically.
H:9. Delay
P:9.1 If the Vendor fails to complete installation or the Library Configuration by the dates in clause 3.3, the Vendor shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price.
P:9.2 If the delay exceeds sixty days, the Buyer may terminate this Agreement under clause 14.
H:10. Buyer Data and Data Security
P:10.1 Buyer Data belongs to the Buyer. The Vendor may access Buyer Data only to install, configure and support the Suite and for no other purpose, and shall not copy, keep or disclose it.
P:10.2 Remote support sessions shall be opened by the Buyer for each incident and closed at its end. The Vendor shall use encrypted connections, shall not transfer Buyer Data outside the Buyer's systems and shall comply with the PRC Data Security Law and Personal Information Protection Law.
P:10.3 The Vendor shall notify the Buyer within twenty-four hours after becoming aware of any unauthorised access to, loss of or disclosure of Buyer Data, shall cooperate in remedying it and shall be liable for all losses caused by its breach of this clause.
H:11. Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's glaze formulas and the Vendor's pricing, and shall use it only for this Agreement. This obligation continues for seven years after the end of this Agreement.
H:12. Intellectual Property
P:12.1 The Vendor retains all intellectual property rights in the Suite and the Kiln Module.
P:12.2 The Library Configuration deliverables (converted recipe library, oxide limit tables, report templates and balance interface scripts) are created for the Buyer and all rights in them vest in the Buyer on creation. The Buyer may use, modify and license them freely, also with a successor supplier.
H:13. Liability
P:13.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for breach of clauses 10 or 11 or for wilful misconduct.
H:14. Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice.
P:14.2 If the Buyer terminates under clause 14.1 or clause 9.2, the Vendor shall refund all amounts paid for deliverables that have not passed Final Acceptance.
H:15. Subcontracting
P:15.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent and remains responsible for any subcontractor.
H:16. Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of Italy.
P:16.2 Any dispute arising out of this Agreement shall be finally settled by arbitration under the Rules of the Milan Chamber of Arbitration. The seat of arbitration is Milan, Italy, and the language is English.
H:17. General
P:17.1 Schedule 1 (Functional Description) and Schedule 2 (Acceptance Tests) form part of this Agreement. Amendments must be in writing.
P:17.2 This Agreement is executed in English in two originals, one for each party, and takes effect on the date of the last signature (the "Effective Date").
P:For the Buyer: Dehua Baiyun Porcelain Studio Co., Ltd.    Signature: ____________    Date: ________
P:For the Vendor: Smalti Digitali S.r.l.    Signature: ____________    Date: ________
"""
SRC["h261e01"] = ("h261e01_porcelain_glaze_formula_licences.docx", "docx", H261E01)

H261E02 = """RIOPASS BOOKING PLATFORM — ORDER FORM No. RP-CN-0271
Issued by RioPass Sistemas, Lda. under the RioPass General Terms (Part B below)

PART A — ORDER FORM

A1. Parties
Vendor: RioPass Sistemas, Lda., a private limited company registered in Portugal, with its seat at Rua do Farol 3, Ilhéu da Viúva, Portugal ("RioPass").
Customer: Yangshuo Lijiang Bamboo Rafting Tourism Co., Ltd., Xijie Road, Yangshuo County, Guilin, Guangxi, People's Republic of China ("Customer").

A2. Background
Customer operates bamboo-raft and kayak trips on the Yulong and Li rivers, sells tickets through its own counters, its WeChat account and travel agencies, and wishes to replace its paper manifest and telephone reservations with an online booking and boarding system. RioPass provides the RioPass Booking Platform as a hosted service. At Customer's request all fees are stated and payable in Chinese yuan (CNY).

A3. Subscribed Services
(a) RioPass Booking Platform, Operator Edition: online booking and seat allocation per raft and departure slot, dynamic capacity by river level, waiver signature on mobile devices, QR boarding passes, manifests for the Maritime Safety Administration, agency portal for up to 60 travel agencies, and daily sales reports.
(b) Up to 400,000 bookings per Subscription Year; no overage charge applies.
(c) WeChat mini-program front end in Chinese and English.

A4. Subscription Term
The Subscription Term is two Subscription Years from the Subscription Start Date, 1 March 2027. Subscription Year 1 runs from 1 March 2027 to 29 February 2028 and Subscription Year 2 from 1 March 2028 to 28 February 2029. The Subscription Term does not renew automatically; any extension requires a new Order Form signed by both parties.

A5. Fees (CNY, inclusive of taxes)
Subscription fee, Subscription Year 1 .......................... 138,000
Subscription fee, Subscription Year 2 .......................... 138,000
Onboarding (configuration, data import, staff training) ......... 34,000
Payment gateway integration (WeChat Pay, UnionPay) .............. 22,000
Total fees under this Order Form ................................ 332,000

A6. Invoicing and Payment
(a) On signature of this Order Form RioPass will invoice the Subscription fee for Subscription Year 1, the Onboarding fee and the Payment gateway integration fee, together CNY 194,000. Customer shall pay this invoice within ten days and in any case before the Subscription Start Date; RioPass is not obliged to start Onboarding or open the production tenant before payment is received.
(b) RioPass will invoice the Subscription fee for Subscription Year 2 on 1 March 2028, payable within thirty days.
(c) Payments are made by bank transfer in CNY to RioPass's collection account with its agent in Shenzhen named in the invoice.

A7. Onboarding and Go-Live
(a) RioPass shall complete Onboarding and the payment gateway integration so that the Platform can go live by 15 March 2027 (the "Go-Live Date").
(b) Before go-live the parties shall run the Go-Live Tests in Attachment 1: end-to-end booking and payment for each ticket type, refund flow, agency booking, waiver capture, QR boarding at the two piers, and reconciliation of one full day of test bookings with the WeChat Pay and UnionPay settlement files. Customer shall sign a Go-Live Certificate when all tests pass. Operating the Platform with live customers before the certificate is signed is not acceptance.
(c) If the Go-Live Certificate cannot be signed by the Go-Live Date for reasons attributable to RioPass, RioPass shall pay Customer CNY 300 for each day of delay, up to a total of CNY 30,000.

A8. Contacts
RioPass account manager: Ms. Ines Carvalho. Customer project lead: Mr. Mo Jianhua, operations manager.

Signed for RioPass Sistemas, Lda.: ______________________ Date: ___________
Signed for Yangshuo Lijiang Bamboo Rafting Tourism Co., Ltd.: ______________________ Date: ___________

PART B — RIOPASS GENERAL TERMS (CHINA EDITION, VERSION 3.1)

1. Definitions
1.1 "Platform" means the RioPass Booking Platform and the mini-program front end described in the Order Form.
1.2 "Customer Data" means all data entered into the Platform by or for Customer, including bookings, passenger names, identity-document numbers, phone numbers, waiver signatures and payment references.
1.3 "Order Form" means Part A; if Part A and these General Terms conflict, Part A prevails.

2. Provision of the Platform
2.1 RioPass shall make the Platform available to Customer during the Subscription Term and shall host it with Alibaba Cloud in its mainland China region.
2.2 RioPass will use commercially reasonable efforts to keep the Platform available and to fix faults promptly. RioPass gives no undertaking as to any availability level, response time or resolution time, and planned maintenance may be carried out at RioPass's discretion.
2.3 Support is provided by e-mail and through the in-app help centre during Portuguese business hours. RioPass will try to answer urgent messages during the Chinese peak season but does not guarantee it.
2.4 RioPass may update the Platform from time to time, provided that an update does not materially reduce the functions described in the Order Form.

3. Customer's Responsibilities
3.1 Customer is responsible for the accuracy of trip schedules, capacities and prices, for its own internet connections and mobile devices, and for the conduct of its users and agencies.
3.2 Customer shall obtain the consents of passengers required by PRC law for the collection of their personal information and shall keep its account passwords secure.

3.3 Customer shall not use the Platform to sell trips that are not authorised by the Yangshuo tourism and water-transport authorities, and shall suspend bookings for any departure slot that the authorities close because of high water, fog or other safety orders. RioPass shall provide a function that closes a slot and notifies affected passengers by SMS and WeChat message within ten minutes.
3.4 Customer shall designate two administrators who may create users, set prices and approve agency accounts. RioPass staff shall not change Customer's prices, capacities or refund rules except on a written instruction from an administrator.

4. Customer Data and Security
4.1 Customer Data belongs to Customer. RioPass may process Customer Data only to provide the Platform and support to Customer and for no other purpose; it shall not sell, analyse for its own benefit or disclose Customer Data.
4.2 RioPass shall store Customer Data only in mainland China, encrypt it in transit and at rest, restrict access to named support staff with multi-factor authentication, keep access logs for at least one hundred and eighty days and comply with the PRC Personal Information Protection Law and Data Security Law.
4.3 RioPass shall notify Customer within forty-eight hours after becoming aware of a security incident affecting Customer Data, shall take all measures needed to contain it and shall compensate Customer for losses resulting from RioPass's failure to comply with this clause 4.
4.4 Within thirty days after the end of the Subscription Term RioPass shall return all Customer Data in CSV format and then delete it, and confirm the deletion in writing.

5. Confidentiality
5.1 Each party shall keep confidential the other's non-public business, technical and financial information and use it only under this agreement. This obligation survives for three years after the Subscription Term.

6. Intellectual Property
6.1 RioPass owns the Platform and all improvements to it.
6.2 Booking page designs, ticket templates, waiver texts and report layouts prepared for Customer during Onboarding belong to Customer, which may use, change and have them used by others without restriction.

7. Subcontracting
7.1 RioPass may use Alibaba Cloud as its hosting provider. Any other subcontracting of the services requires Customer's prior written consent, and RioPass remains responsible for its subcontractors.

8. Liability
8.1 Neither party is liable for indirect or consequential loss, except in case of wilful misconduct.
8.2 Each party's total liability under this agreement is limited to 150% of the total fees under the Order Form. The limit does not apply to breaches of clause 4 or clause 5.

9. Termination
9.1 Either party may terminate this agreement by written notice if the other party commits a material breach and does not remedy it within twenty days after receiving written notice of it.
9.2 If Customer terminates under clause 9.1, RioPass shall refund the prepaid fees for the remainder of the Subscription Term.
9.3 Clauses 4.4, 5, 8 and 10 survive termination.

10. Governing Law and Disputes
10.1 This agreement is governed by the laws of the People's Republic of China.
10.2 Any dispute shall be submitted to the Guilin Arbitration Commission for arbitration in Guilin in accordance with its rules. The award is final and binding.

11. Suspension
11.1 RioPass may suspend access to the Platform only if an invoice remains unpaid more than thirty days after a written reminder, or if suspension is required to stop a security attack. RioPass shall give Customer at least five days' notice before a suspension for non-payment, and shall never suspend the boarding function on a day for which paid bookings exist.

12. Force Majeure
12.1 Neither party is liable for a failure caused by events beyond its reasonable control, such as flood, earthquake, epidemic measures or a general failure of public telecommunication networks, provided it notifies the other party promptly and does its best to limit the effects. A failure of RioPass's own hosting provider is not force majeure unless it affects the whole mainland China region of that provider.

13. General
13.1 Notices shall be in writing and sent to the contacts in the Order Form.
13.2 Neither party may assign this agreement without the other's written consent.
13.3 This agreement is made in English and Chinese; both versions have equal force.
13.4 If any provision of this agreement is held invalid, the remaining provisions remain in force, and the parties shall replace the invalid provision with a valid one that comes as close as possible to its purpose.
13.5 These General Terms apply only to the Order Form to which they are attached. Terms printed on purchase orders, invoices or the Platform's online sign-up pages do not apply.
"""
SRC["h261e02"] = ("h261e02_river_rafting_booking_saas_order_form.txt", "txt", H261E02)

H261E03 = """T:Purchase Contract for Smart Irrigation Sensors and Control System
P:Contract No.: NXQY-IRR-2027-06
P:Buyer: Ningxia Qingyuan Goji Plantation Co., Ltd., Shiwan Village, Zhongning County, Zhongwei, Ningxia Hui Autonomous Region, People's Republic of China (the "Buyer")
P:Supplier: Riegos Insulares S.L., Calle del Faro 12, Isla del Rey, Spain (the "Supplier")
P:This Contract is made on the Buyer's standard purchase terms. The Buyer owns about 3,200 mu of goji orchards irrigated by drip lines from the Yellow River diversion canal. It wishes to measure soil moisture and salinity, monitor local weather and control irrigation valves remotely, so that water and fertiliser are applied according to the needs of each block. The Supplier has designed and installed such systems in Spain, Morocco and Xinjiang. The parties agree as follows. At the Buyer's request all amounts are stated and paid in Chinese yuan (CNY).
H:Article 1 Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission the equipment and software listed in Article 2 (together, the "System") for the Buyer's orchard blocks A to F.
P:1.2 The System shall include: soil-moisture and salinity sensors at three depths, automatic weather stations, LoRa gateways with solar power, wireless valve controllers for the existing drip lines, and the AquaRey irrigation management software installed on the Buyer's server.
P:1.3 The Supplier shall also develop the Buyer's fertigation rules (irrigation and fertiliser schedules for each growth stage of goji: budding, flowering, fruit setting, summer picking and autumn picking) and a management dashboard in Chinese, and train the Buyer's staff.
P:1.4 Technical requirements are set out in Annex 1. Each sensor shall be rated IP68, work from -25 to +60 degrees Celsius, and have a battery life of at least three seasons.
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 1,190,000, fixed, including all taxes, import duties, transport to the orchard, insurance, installation and travel. It is made up as follows:
TB:Item|Qty|Unit price|Amount (CNY)
TB:Soil-moisture and salinity sensor, 3 depths|240|1,850|444,000
TB:Automatic weather station|6|26,500|159,000
TB:LoRa gateway with solar kit|12|8,800|105,600
TB:Wireless valve controller|60|3,400|204,000
TB:AquaRey software, perpetual site licence|1|118,000|118,000
TB:Equipment and licence subtotal|||1,030,600
TB:Installation, calibration and commissioning|1|86,400|86,400
TB:Fertigation rules and dashboard|1|58,000|58,000
TB:Training|1|15,000|15,000
TB:Contract Price|||1,190,000
H:Article 3 Payment
P:3.1 Advance payment: 10% of the Contract Price, CNY 119,000, within fifteen days after signature, against the Supplier's bank guarantee for the same amount.
P:3.2 Delivery payment: 55% of the Contract Price, CNY 654,500, within twenty days after all equipment has been installed in the orchard and the Buyer has signed the installation certificate. The installation certificate is not acceptance.
P:3.3 Final payment: 35% of the Contract Price, CNY 416,500, within twenty days after Final Acceptance under Article 5.
P:3.4 Each payment requires a valid VAT invoice issued by the Supplier's authorised agent in Yinchuan.
H:Article 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's orchard office within seventy days after signature and complete installation by 20 April 2027, before the spring irrigation season.
P:4.2 The Supplier shall install sensors at the locations marked on the block map in Annex 2, lay cables only where agreed, and restore any damage to drip lines, trellises or plants caused by its work.
P:4.3 If the Supplier delays delivery or installation, it shall pay the Buyer liquidated damages of 0.08% of the Contract Price for each day of delay. Total delay damages under this Article shall not exceed 8% of the Contract Price. If the delay exceeds forty-five days, the Buyer may terminate this Contract under Article 13.
H:Article 5 Acceptance
P:5.1 After installation the System shall run for a trial period of thirty days during the irrigation season.
P:5.2 The System passes Final Acceptance when: (a) every sensor reports at least 97% of its scheduled readings during the trial period; (b) soil-moisture readings of ten sample sensors agree with the Buyer's oven-dry samples within 3 percentage points; (c) every valve controller opens and closes on remote command within sixty seconds in three consecutive tests; (d) the fertigation rules run automatically for all six blocks for fourteen days without manual correction; and (e) the Supplier has delivered as-built drawings, the sensor calibration records and user manuals in Chinese.
P:5.3 The Buyer shall issue a Final Acceptance certificate within seven days after the criteria are met. Operation of the System, or payment, does not mean acceptance. If the System fails any criterion, the Supplier shall correct it at its cost and the trial period shall be repeated for the affected part.
H:Article 6 Warranty
P:6.1 The Supplier warrants that the System is free from defects in design, materials and workmanship and meets Annex 1 for a period of ten (10) months from Final Acceptance, covering one full irrigation season.
P:6.2 During the warranty period the Supplier shall repair or replace defective equipment free of charge, including batteries that fail before the end of their rated life, and shall bear transport and travel costs.
H:Article 7 Service and Response Times
P:7.1 The Supplier shall provide a Chinese-speaking hotline from 07:00 to 21:00 during the irrigation season (April to October) and during business hours at other times.
P:7.2 A Priority 1 fault is a fault that stops irrigation of one or more blocks or prevents remote valve control. The Supplier shall respond to a Priority 1 fault within two (2) hours, arrive on site within twenty-four hours, and restore irrigation control within forty-eight hours, if necessary by manual bypass. Other faults shall receive a response within one business day and be fixed within five business days.
P:7.3 For each hour by which the Supplier exceeds the Priority 1 response or arrival time, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from any amount due.
P:7.4 The Supplier shall keep in Yinchuan spare parts equal to at least five percent of each type of installed sensor and controller.
H:Article 8 Support after the Warranty Period
P:8.1 After the warranty period the Buyer may order annual support, covering repair, spare parts, software updates and one pre-season inspection. The annual support fee is 8% of the equipment and licence subtotal, CNY 82,448 per year, fixed for the first three years after the warranty period.
P:8.2 Annual support is ordered by the Buyer's written order for each year. It does not renew automatically.
H:Article 9 Field Data
P:9.1 All sensor readings, weather records, irrigation logs, maps and yield records collected by the System ("Field Data") belong to the Buyer. The Supplier may use Field Data only to perform this Contract.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential the commercial and technical information of the other party received under this Contract, including the Buyer's orchard maps, fertiliser recipes and yields, and shall not disclose it to third parties without the other party's written consent. This obligation continues for three years after the end of this Contract.
H:Article 11 Intellectual Property
P:11.1 The AquaRey software remains the property of the Supplier and is licensed to the Buyer perpetually for the Buyer's orchards.
P:11.2 The fertigation rules, dashboard, configuration files and block maps prepared under this Contract belong to the Buyer, which may use, modify and license them freely.
P:11.3 The Supplier shall hold the Buyer harmless against claims that the System infringes third-party intellectual property rights.
H:Article 12 Subcontracting
P:12.1 The Supplier shall not subcontract installation or service work without the Buyer's prior written consent. The Supplier is responsible for the work of any approved subcontractor as for its own.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after written notice, or in the case described in Article 4.3.
P:13.2 On termination by the Buyer the Supplier shall refund payments received for parts of the System that have not passed Final Acceptance and shall remove its equipment at its own cost if the Buyer so requests.
H:Article 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be referred to the Yinchuan Arbitration Commission for arbitration in Yinchuan. The award is final.
H:Article 15 Buyer's Cooperation
P:15.1 The Buyer shall give the Supplier's team access to the orchard blocks and the pump station, provide electricity at the server room, mark underground pipes and cables before digging, and name one technician as the Supplier's daily contact.
P:15.2 Where work must stop during spraying or harvest days, the Buyer shall give two days' notice, and the dates in Article 4.1 shall be extended accordingly.
H:Article 16 Force Majeure
P:16.1 A party affected by force majeure, such as flood, sandstorm, earthquake or government measures, shall notify the other party within three days and provide evidence within fifteen days. Its obligations are suspended for as long as the event lasts. If the event lasts more than sixty days, either party may terminate this Contract by written notice, and the Supplier shall be paid for the work accepted.
H:Article 17 Miscellaneous
P:17.1 This Contract is made in Chinese and English in four originals, two for each party. Annexes 1 (Technical Requirements) and 2 (Block Map) are part of this Contract.
P:For the Buyer: Ningxia Qingyuan Goji Plantation Co., Ltd.   Authorised signature: __________   Date: ________
P:For the Supplier: Riegos Insulares S.L.   Authorised signature: __________   Date: ________
"""
SRC["h261e03"] = ("h261e03_goji_farm_irrigation_sensors.pdf", "pdf", H261E03)

H261E04 = """# Managed Backup and Recovery Services Agreement

**Agreement reference:** LB-MBS-2027-118

**Between**

**Suzhou Jingwei Semiconductor Components Co., Ltd.**, No. 88 Xinghu Street, Suzhou Industrial Park, Jiangsu, People's Republic of China (the **"Customer"**), and

**Libben DataSafe GmbH**, Hafenstrasse 4, Insel Libben, Germany, acting through its branch office in Suzhou (the **"Provider"**).

## Background

(A) The Customer manufactures ceramic and quartz parts for semiconductor equipment. Its production planning, quality and engineering systems run on about 140 virtual machines and two physical database servers in its Suzhou plant.

(B) The Customer wishes to have these systems backed up to a protected off-site copy and to be able to restore them quickly after a hardware failure, operator error or ransomware attack.

(C) The Provider operates managed backup services from data centres in Suzhou and Hefei through its Chinese branch. At the Customer's request, all charges in this Agreement are in Chinese yuan (CNY).

## 1. Definitions

1.1 **"Services"** means the managed backup and recovery services described in Schedule 1.

1.2 **"Customer Data"** means all data, images, databases, files and logs of the Customer that are copied, stored or processed by the Provider in performing the Services.

1.3 **"Service Commencement Date"** means the date on which the Customer signs the Service Acceptance Certificate under clause 4.

1.4 **"Term"** means thirty-six months from the Service Commencement Date.

1.5 **"Monthly Fee"** means the fixed monthly charge in clause 3.1.

## 2. The Services

2.1 The Provider shall: (a) install and operate backup agents and a local backup appliance at the Customer's plant; (b) keep daily incremental and weekly full backups of all protected systems, with immutable copies in the Suzhou data centre and a replicated copy in the Hefei data centre; (c) monitor every backup job and rerun failed jobs; (d) carry out restores on request; and (e) perform a full recovery test of the three most critical systems every quarter.

2.2 Retention: daily backups for thirty-five days, weekly backups for thirteen weeks and month-end backups for the whole Term.

2.3 The Provider shall give the Customer a monthly service report showing backup success rates, restore requests, test results and capacity use.

## 3. Charges and Payment

3.1 The charges are:

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding (appliance, agents, policy design, first full backup) | one-time | 76,000 |
| Monthly Fee (up to 60 TB protected, all services in clause 2) | 36 × 54,000 | 1,944,000 |
| **Total Contract Value** | | **2,020,000** |

3.2 No amount is payable in advance. The onboarding charge is invoiced after the Service Acceptance Certificate is signed. The Monthly Fees are invoiced quarterly in arrears, CNY 162,000 per quarter, and are payable within thirty days after the Customer receives a correct invoice together with the monthly service reports for that quarter.

3.3 Protected capacity above 60 TB is charged at CNY 520 per TB per month, only if the Customer has approved the increase in writing.

3.4 The charges are fixed for the Term and include all taxes, licences for the backup software and the appliance, which remains the Provider's property.

## 4. Onboarding and Service Acceptance

4.1 The Provider shall complete onboarding within forty days after signature of this Agreement.

4.2 Service acceptance requires that: (a) all systems listed in Schedule 2 are protected and their first full backup has completed; (b) backups have succeeded for at least 98% of jobs over ten consecutive days; (c) the Provider has restored, in the presence of the Customer, one database server and five virtual machines to a point in time chosen by the Customer, and the restored systems have passed the Customer's functional checks; and (d) the runbook and contact list have been delivered. The Customer shall then sign the Service Acceptance Certificate.

4.3 Installation of the appliance or the start of backups does not amount to service acceptance.

4.4 If the Service Commencement Date does not occur within forty days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,500 for each day of delay.

## 5. Service Levels and Service Credits

5.1 **Portal availability.** The backup portal and restore interface shall be available 99.95% of each calendar month.

5.2 **Incident priorities and response.** A Priority 1 incident is a failed restore of a production system, a backup failure affecting all systems, or a suspected ransomware infection of the backup environment. The Provider shall respond to a Priority 1 incident within thirty (30) minutes, 24 hours a day, and start a restore within one hour. Priority 2 incidents receive a response within two hours and Priority 3 incidents within one business day.

5.3 **Restore times.** The Provider shall restore any single virtual machine within two hours and a complete database server within six hours after the Customer's request.

5.4 **Service credits.** If in any month the Provider misses a service level in clauses 5.1 to 5.3, the Customer shall receive a credit of 5% of the Monthly Fee for each missed service level, and 10% of the Monthly Fee for each Priority 1 incident to which the Provider did not respond in time, up to half of the Monthly Fee in total per month. Credits are deducted from the next invoice.

## 6. Customer Data and Data Security

6.1 Customer Data belongs to the Customer. The Provider may process Customer Data only to perform the Services and shall not access the content of backups except to carry out a restore or test requested by the Customer.

6.2 Customer Data shall be stored only in the Provider's Suzhou and Hefei data centres in mainland China, encrypted with keys held in a key management system to which the Customer has its own administrator account. Backups are immutable for their retention period.

6.3 The Provider shall maintain ISO 27001 certification and MLPS level 3 filing for the backup platform, limit access to named engineers with multi-factor authentication and log all access.

6.4 The Provider shall notify the Customer within twelve hours after discovering any security incident affecting Customer Data, take immediate containment measures, and compensate the Customer for losses caused by its breach of this clause 6.

6.5 At the end of the Term the Provider shall, at the Customer's choice, return the backups in a readable format or destroy them, and shall certify destruction in writing.

## 7. Confidentiality

7.1 Each party shall keep confidential all information received from the other party that is marked or recognisable as confidential, including the Customer's product drawings, process parameters and customer lists, and shall use it only for this Agreement. This clause survives for three years after the end of the Term.

7.2 The obligations in clause 7.1 do not apply to information that is public, already known to the receiving party or required to be disclosed by law or a competent authority.

## 8. Documentation and Intellectual Property

8.1 The backup software and appliance remain the property of the Provider or its licensors.

8.2 The backup policies, retention schedules, runbooks, recovery test reports and configuration records prepared for the Customer belong to the Customer, which may use, change and give them to a successor provider without restriction.

## 9. Subcontracting

9.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor.

## 10. Liability

10.1 Neither party is liable for loss of profit or indirect damage, except in case of intent or gross negligence.

10.2 The Provider's total liability under this Agreement is limited to 200% of the Total Contract Value. This limit does not apply to breaches of clause 6 or 7.

## 11. Term and Termination

11.1 This Agreement comes into force on signature and ends at the end of the Term. It does not renew automatically; any extension requires a written agreement.

11.2 The Customer may not terminate this Agreement before the end of the Term. The Customer's remedies for any failure of the Provider, including a material breach, are the service credits under clause 5.4, the delay payment under clause 4.4 and damages under clause 10; the Customer shall continue to pay the Monthly Fee for the rest of the Term.

11.3 The Provider may terminate this Agreement by written notice if the Customer fails to pay an undisputed invoice within sixty days after a written reminder.

11.4 On expiry of the Term the Provider shall support the transfer of the Services to the Customer or a successor provider for up to sixty days at the rates of Schedule 3, and clause 6.5 applies.

## 12. Customer's Obligations

12.1 The Customer shall give the Provider remote access to the protected systems through its jump server, provide rack space and power for the appliance, and inform the Provider in advance of new systems to be protected.

12.2 The Customer remains responsible for deciding which systems are protected and for approving restore requests.

## 13. Governing Law and Dispute Resolution

13.1 This Agreement is governed by the laws of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods.

13.2 All disputes arising out of or in connection with this Agreement shall be finally resolved by arbitration under the Arbitration Rules of the German Arbitration Institute (DIS). The seat of arbitration is Frankfurt am Main and the language of the proceedings is English.

## 14. Miscellaneous

14.1 Schedules 1 (Service Description), 2 (Protected Systems) and 3 (Rates) form part of this Agreement.

14.2 Amendments must be in writing and signed by both parties.

14.3 This Agreement is made in English in two originals.

**For the Customer:** Suzhou Jingwei Semiconductor Components Co., Ltd. — Name: ____________ Signature: ____________ Date: ________

**For the Provider:** Libben DataSafe GmbH — Name: ____________ Signature: ____________ Date: ________
"""
SRC["h261e04"] = ("h261e04_semiconductor_parts_managed_backup.md", "md", H261E04)

H261E05 = """API SUBSCRIPTION AGREEMENT
Ticket Verification API for Visitor Entry

Reference: GV-API-CN-2027-009

THIS AGREEMENT is made between:

Chengdu Bamboo Grove Panda Conservation and Visitor Services Co., Ltd., a company established in the People's Republic of China, with its address at Panda Avenue, Chenghua District, Chengdu, Sichuan ("Customer"); and

Guénioc Vérification SAS, a simplified joint-stock company registered in France, with its seat at 2 Quai des Goémoniers, Île Guénioc, France ("Vendor").

RECITALS

(A) Customer operates a panda breeding and visitor base that receives up to 60,000 visitors a day in peak season. Visitors buy timed-entry tickets through Customer's own channels and through online travel platforms, and pass through 48 turnstiles at three entrance gates.

(B) Vendor provides a hosted application programming interface (the "API") that verifies ticket QR codes and real-name identity data against issuing channels in real time, detects duplicate and resold tickets, and returns an admit or reject decision to the turnstile.

(C) Customer wishes to subscribe to the API for its gates and to receive integration support. At Customer's request, all fees are stated and paid in Chinese yuan (CNY).

NOW THE PARTIES AGREE AS FOLLOWS:

1. DEFINITIONS

1.1 "API" means Vendor's ticket verification interface, including the verification endpoints, the channel connectors for the ticketing platforms listed in Schedule A, the administration console and the documentation.

1.2 "Visitor Data" means ticket numbers, entry times, names, identity-document numbers, face-match results and any other data of Customer or its visitors submitted to or generated by the API.

1.3 "Integration Acceptance" means Customer's written confirmation under clause 4.3.

1.4 "Subscription Period" means three consecutive contract years starting on the date of Integration Acceptance.

2. SUBSCRIPTION

2.1 Vendor grants Customer the right to call the API from Customer's turnstile controllers, handheld scanners and ticketing back office during the Subscription Period, for unlimited verifications at Customer's own site.

2.2 Vendor shall host the API in two mainland China cloud regions in active-active mode and shall maintain the channel connectors when a ticketing platform changes its interface.

2.3 Vendor may improve the API at any time, provided that a change does not reduce its functions or require Customer to change its integration without at least ninety days' notice.

2.4 This Agreement ends at the end of the Subscription Period. There is no automatic renewal. Any further subscription requires a new written agreement.

3. FEES AND PAYMENT

3.1 The fees are:

   Item                                            Basis          CNY
   API subscription, contract year 1               annual         186,000
   API subscription, contract year 2               annual         186,000
   API subscription, contract year 3               annual         186,000
   Integration support (one-time)                  fixed          24,000
   Total                                                          582,000

3.2 Nothing is payable before Integration Acceptance. The integration support fee is invoiced after Integration Acceptance. The subscription fee is invoiced quarterly in arrears, CNY 46,500 per quarter, payable within thirty days after receipt of a correct invoice and the quarterly usage report.

3.3 The fees are fixed for the Subscription Period and include all taxes and Vendor's costs of hosting, connectors and support.

4. INTEGRATION

4.1 Vendor shall provide a test environment, sample code for Customer's turnstile controllers, and up to twenty engineer-days of remote and on-site integration support.

4.2 The parties aim to complete integration for all three gates by 30 April 2027, before the May holiday season. This date is a target; Vendor shall keep Customer informed of progress every week and use its best efforts to meet it.

4.3 Integration Acceptance requires that: (a) all 48 turnstiles and 20 handheld scanners verify tickets of every channel in Schedule A; (b) the API returns a decision in under 300 milliseconds for 99% of requests in a load test of 1,500 verifications per minute; (c) duplicate and resold tickets in the test set are rejected; (d) the fallback mode lets turnstiles admit visitors with locally cached tickets when the API cannot be reached; and (e) one full open day has run without a gate stoppage caused by the API. Customer shall sign the Integration Acceptance certificate within five days after these criteria are met. Live use of the API before that date is not acceptance.

5. SERVICE LEVELS

5.1 Vendor targets monthly availability of the verification endpoints of 99.95%, excluding maintenance announced at least seven days in advance and carried out between 22:00 and 06:00 Beijing time.

5.2 Incident severity:
   Severity 1: verification fails at one or more entrance gates, or decisions are wrong for more than 1% of requests.
   Severity 2: one channel connector fails, or response times exceed 1 second.
   Severity 3: console or reporting problems.

5.3 Vendor shall respond to a Severity 1 incident within six (6) hours of Customer's report, to a Severity 2 incident within one business day and to a Severity 3 incident within three business days, and shall work continuously on Severity 1 incidents until service is restored.

5.4 The service levels in this clause 5 are targets. Vendor shall report its performance against them every month, but no service credits, fee reductions or other compensation apply if a target is missed.

6. VISITOR DATA AND SECURITY

6.1 Visitor Data belongs to Customer. Vendor shall process Visitor Data only on Customer's instructions and only to provide the API, and shall not use it for any other purpose, including analytics for other clients or the training of models.

6.2 Vendor shall store Visitor Data only in mainland China, encrypt it in transit and at rest, keep identity-document numbers in masked form after verification, delete entry records after ninety days unless Customer asks otherwise, and comply with the PRC Personal Information Protection Law, Data Security Law and Cybersecurity Law, including MLPS level 3 for the hosting environment.

6.3 Vendor shall inform Customer within twelve hours of any security incident involving Visitor Data, shall cooperate with Customer and the authorities, and shall be liable for all losses, fines and costs resulting from its breach of this clause 6.

6.4 On expiry or termination Vendor shall return all Visitor Data to Customer in a structured format and then delete it, and confirm deletion in writing.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential the other party's non-public information, including Customer's visitor volumes, security arrangements and ticket prices and Vendor's technical documentation, and shall use it only to perform this Agreement. This obligation continues for three years after the end of this Agreement.

8. INTELLECTUAL PROPERTY

8.1 Vendor retains all rights in the API and its documentation.

8.2 The turnstile adapters, scanner configuration and gate-specific rule sets developed for Customer under clause 4 belong to Customer, which may use, modify and license them freely, including with another vendor.

9. SUBCONTRACTING

9.1 Vendor shall not subcontract any part of its obligations without Customer's prior written consent. The cloud providers named in Schedule B are approved. Vendor is liable for its subcontractors as for itself.

10. LIABILITY

10.1 Neither party is liable for indirect or consequential losses, except for wilful misconduct or gross negligence.

10.2 Each party's total liability under this Agreement is limited to 150% of the total fees in clause 3.1. This limit does not apply to breaches of clauses 6 and 7.

11. TERMINATION

11.1 Customer may terminate this Agreement by written notice if Vendor commits a material breach, including repeated Severity 1 incidents, and does not remedy it within fifteen days after written notice.

11.2 Vendor may terminate this Agreement if Customer fails to pay undisputed fees within sixty days after a written reminder.

11.3 On termination by Customer, Vendor shall support the transfer to a new provider for up to forty-five days at no charge.

12. CUSTOMER'S RESPONSIBILITIES

12.1 Customer shall supply and maintain the turnstiles, handheld scanners, local network and internet connections at its gates, keep the controller software at a version supported by the sample code, and give Vendor's engineers supervised access to the gate rooms during integration.

12.2 Customer is responsible for obtaining visitors' consent to the collection of identity data at the point of sale, for the accuracy of the ticket inventory it publishes, and for informing Vendor at least ten days in advance of special opening days, night events or expected visitor peaks, so that Vendor can add capacity.

12.3 Customer shall name a gate operations manager and an IT contact who can be reached at all times during opening hours.

13. FORCE MAJEURE

13.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as earthquake, flood, epidemic or a general network outage. The affected party shall notify the other promptly and resume performance as soon as possible.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu under its rules in force at the time. The award is final and binding on both parties.

15. GENERAL

15.1 Schedule A (Ticketing Channels) and Schedule B (Approved Cloud Providers) form part of this Agreement.

15.2 This Agreement may be amended only in writing signed by both parties. It is made in English and Chinese, and both texts are equally authentic.

Signed for Chengdu Bamboo Grove Panda Conservation and Visitor Services Co., Ltd.
Name: ______________   Title: ______________   Date: ______________

Signed for Guénioc Vérification SAS
Name: ______________   Title: ______________   Date: ______________
"""
SRC["h261e05"] = ("h261e05_panda_base_ticket_verification_api.txt", "txt", H261E05)

# ---------------------------------------------------------------- plan: labels decided before the text was written
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence")


def plan(key, lang, category, rules, value, items, payments, must, sla_clause=True, ld_stated=True, capped=None,
         deemed=False, fee_base=None, forum_outside=False, **terms):
    t = dict(BASE)
    for k, v in terms.items():
        assert k in t, k
        t[k] = v
    assert sum(items) == value, (key, sum(items), value)
    if payments:
        assert sum(payments) == value, (key, sum(payments), value)
    extra = {"sla_clause": sla_clause, "ld_stated": ld_stated}
    if t["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    PLAN[key] = dict(lang=lang, category=category, terms={k: t[k] for k in TERM_KEYS}, extra=extra,
                     rules=sorted(rules), must=must, fee_base=fee_base, forum_outside=forum_outside)


plan("h261z01", "zh", "software", [], 3276000, [1280000, 1460000, 310000, 180000, 46000],
     [655200, 1474200, 1146600], ["3,276,000", "20%", "99.95%", "30分钟", "千分之一", "三年", "10%", "128,000"],
     capped=True, fee_base=1280000, availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1,
     prepayment_pct=20, warranty_months=36, post_warranty_fee_pct=10)
plan("h261z02", "zh", "hardware", ["CR-CONFIDENTIALITY", "CR-LD-LOW", "CR-POST-WARRANTY-FEE"], 2260000,
     [1032000, 952000, 152000, 88000, 36000], [226000, 1356000, 565000, 113000],
     ["2,260,000", "2,136,000", "10%", "1小时内电话响应", "万分之三", "二十四个月", "18%", "384,480"],
     capped=True, fee_base=2136000, p1_response_hours=1, ld_rate_per_day_pct=0.03, prepayment_pct=10,
     warranty_months=24, post_warranty_fee_pct=18, confidentiality=False)
assert 12 * 86000 == 1032000 and 4 * 238000 == 952000 and 16 * 9500 == 152000 and 2136000 * 18 // 100 == 384480
plan("h261z03", "zh", "cloud", ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], 3090000,
     [864000 * 3, 96000 * 3, 168000, 42000], [240000] * 12 + [168000, 42000],
     ["3,090,000", "99.5%", "30分钟", "2,000元", "150%", "8%", "脱敏"],
     contract_kind="service", availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=2000 / 3090000 * 100,
     liability_cap_pct=150, final_payment_on_acceptance=None, auto_renewal_price_increase=True, buyer_owns_data=False)
assert 180 * 4800 == 864000 and (864000 + 96000) // 4 == 240000
plan("h261z04", "zh", "services", [], 626000, [396000, 84000, 62000, 48000, 36000], [156500] * 4,
     ["626,000", "99.95%", "15分钟", "千分之一", "不设预付款"],
     contract_kind="service", availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=0.1,
     final_payment_on_acceptance=None)
plan("h261z05", "zh", "software",
     ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
      "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
     1160000, [720000, 320000, 120000], [580000, 580000],
     ["1,160,000", "50%", "12小时内响应", "万分之二", "20%", "六个月", "28%", "201,600", "视为甲方验收合格", "无需取得甲方同意"],
     capped=True, deemed=True, fee_base=720000, p1_response_hours=12, sla_remedy=False, ip_owner="supplier",
     ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=50, acceptance_clause=False,
     final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=28, subcontract_without_consent=True)
assert 720000 * 28 // 100 == 201600
plan("h261e01", "en", "software", ["CR-GOVERNING-LAW"], 568000, [368000, 76000, 96000, 28000], [113600, 255600, 198800],
     ["568,000", "20%", "two (2) hours", "0.1%", "150%", "eighteen (18) months", "12%", "53,280", "laws of Italy", "Milan"],
     capped=True, fee_base=444000, p1_response_hours=2, ld_rate_per_day_pct=0.1, liability_cap_pct=150,
     prepayment_pct=20, warranty_months=18, post_warranty_fee_pct=12, governing_law="Italy", forum_outside=True)
assert 8 * 46000 == 368000 and 2 * 38000 == 76000 and 444000 * 12 // 100 == 53280
plan("h261e02", "en", "cloud", ["CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], 332000,
     [138000, 138000, 34000, 22000], [194000, 138000],
     ["332,000", "194,000", "CNY 300 for each day", "150%", "commercially reasonable efforts", "prior written consent"],
     sla_clause=False, contract_kind="service", sla_remedy=None, ld_rate_per_day_pct=300 / 332000 * 100,
     liability_cap_pct=150, prepayment_pct=194000 / 332000 * 100, final_payment_on_acceptance=None)
plan("h261e03", "en", "hardware", ["CR-DATA-SECURITY", "CR-WARRANTY"], 1190000,
     [444000, 159000, 105600, 204000, 118000, 86400, 58000, 15000], [119000, 654500, 416500],
     ["1,190,000", "1,030,600", "10%", "two (2) hours", "0.08%", "ten (10) months", "8%", "82,448"],
     capped=True, fee_base=1030600, p1_response_hours=2, ld_rate_per_day_pct=0.08, prepayment_pct=10,
     warranty_months=10, post_warranty_fee_pct=8, data_security_clause=False)
assert 240 * 1850 == 444000 and 6 * 26500 == 159000 and 12 * 8800 == 105600 and 60 * 3400 == 204000
assert round(1030600 * 0.08) == 82448
plan("h261e04", "en", "services", ["CR-GOVERNING-LAW", "CR-TERMINATION"], 2020000, [76000, 36 * 54000],
     [76000] + [162000] * 12, ["2,020,000", "99.95%", "thirty (30) minutes", "CNY 1,500 for each day", "200%",
                               "may not terminate", "Federal Republic of Germany", "Frankfurt am Main"],
     contract_kind="service", availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=1500 / 2020000 * 100,
     liability_cap_pct=200, final_payment_on_acceptance=None, termination_for_breach=False, governing_law="Germany",
     forum_outside=True)
plan("h261e05", "en", "cloud", ["CR-LD-MISSING", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE"], 582000,
     [186000 * 3, 24000], [46500] * 12 + [24000], ["582,000", "99.95%", "six (6) hours", "no service credits", "150%"],
     ld_stated=False, contract_kind="service", availability_pct=99.95, p1_response_hours=6, sla_remedy=False,
     liability_cap_pct=150, final_payment_on_acceptance=None)


# ---------------------------------------------------------------- policy §3 / §4 re-applied to the labels
def tco_share(p):
    t, v = p["terms"], p["extra"]["contract_value"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * p["fee_base"] * years
    return fees, v + fees, fees / (v + fees) * 100


def rules_for(p):
    t, x, r = p["terms"], p["extra"], set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and t["sla_remedy"] is False:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(p)
        if s and s[2] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or p["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


SEV = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
       "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def risk(rules):
    sev = [SEV.get(r, "medium") for r in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


# ---------------------------------------------------------------- threshold scan (policy §3 and §4)
PCT = r"\s*[%％]"
THRESHOLDS = [
    ("availability 99.9", r"(?<![\d.])99\.90*(?!\d)|百分之九十九点九(?!\S*[一二三四五六七八九])"),
    ("4 hours", r"(?<![\d.])4\s*(小时|个小时|hours?\b|hrs?\b|h\b)|(?<![十二])四个?小时|(?<![-\w])four\s*(\(4\)\s*)?hours?"),
    ("LD 0.05 %", r"(?<![\d.])0?\.050*" + PCT + r"|万分之五|百分之零点零五|\b0\.05\s*per\s*cent"),
    ("cap 100 %", r"(?<![\d.])100(\.0+)?" + PCT + r"|百分之一百|one hundred per\s*cent|\bone hundred percent"),
    ("prepayment 30 %", r"(?<![\d.])30(\.0+)?" + PCT + r"|百分之三十(?![一二三四五六七八九])|thirty\s*per\s*cent|thirty percent"),
    ("warranty 12 months", r"(?<![\d.])12\s*(个月|months?\b)|十二个月|twelve\s*(\(12\)\s*)?months|\bone\s*year\b|\b1\s*year\b|(?<![第每十])一年"),
    ("fee 15 %", r"(?<![\d.])15(\.0+)?" + PCT + r"|百分之十五|fifteen\s*per\s*cent|fifteen percent"),
    ("TCO 40 %", r"(?<![\d.])40(\.0+)?" + PCT + r"|百分之四十(?![一二三四五六七八九])|forty\s*per\s*cent|forty percent"),
    ("horizon 5 years", r"(?<![\d.])5\s*(年|years?\b)|(?<![十第])五年|\bfive\s*(\(5\)\s*)?(full\s*)?years\b"),
]


def scan(text):
    return [(name, m.group(0)) for name, rx in THRESHOLDS for m in re.finditer(rx, text, flags=re.I)]


def self_test():
    hits = ["可用率99.9%", "99.90 %", "4小时内响应", "four hours", "4 hours", "four (4) hours", "0.05%", "万分之五", "100%", "30 %",
            "百分之三十", "百分之三十的", "12个月", "twelve months", "one year", "质保一年", "15%", "百分之十五", "40%", "forty per cent",
            "5 years", "五年", "five years"]
    misses = ["99.95%", "99.5%", "24小时", "24 hours", "twenty-four hours", "twenty-fourhours", "14 hours", "0.08%", "万分之三", "1,000%", "130%", "150%",
              "15,000", "第一年", "2025年", "35 years", "0.4 hours", "115%", "1,500", "第十五条", "2027年4月", "百分之三十五"]
    for h in hits:
        assert scan(h), h
    for m in misses:
        assert not scan(m), (m, scan(m))


def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [para.text for para in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    built = {k: (n, f) for k, (n, f, _) in SRC.items() if f in ("docx", "pdf")}
    write({k: SRC[k][2] for k in built}, built, OUT, wrap_words=True)
    for k, (name, fmt, text) in SRC.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(text, encoding="utf-8")
            print("wrote", name)
    assert sorted(f for _, f, _ in SRC.values()) == ["docx", "docx", "md", "md", "md", "pdf", "pdf", "txt", "txt", "txt"]
    problems = []
    for k in sorted(SRC):
        name, fmt, _ = SRC[k]
        p = PLAN[k]
        text = read_back(OUT / name)
        flat = re.sub(r"\s+", "", text)
        n = length(text, p["lang"])
        lo, hi = (2800, 3300) if p["lang"] == "zh" else (1500, 1700)
        if not lo <= n <= hi:
            problems.append("%s length %d outside %d-%d" % (k, n, lo, hi))
        for m in p["must"]:
            if re.sub(r"\s+", "", m) not in flat:
                problems.append("%s: %r not in text" % (k, m))
        for hit in scan(text) + scan(flat):
            problems.append("%s: threshold value %r" % (k, hit))
        got = rules_for(p)
        assert got == p["rules"], (k, got, p["rules"])
        share = tco_share(p)
        label = {"file": name, "language": p["lang"], "category": p["category"], "expected_terms": p["terms"],
                 "expected_extra": p["extra"], "expected_rules": p["rules"]}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
        print("%s %-5s %-4s len=%d risk=%s rules=%s tco=%s" % (k, fmt, p["lang"], n, risk(got), ",".join(got) or "-",
              "-" if not share else "%.0f/%.2f%%" % (share[1], share[2])))
    assert [risk(PLAN[k]["rules"]) for k in sorted(PLAN)].count("low") == 3
    for pr in problems:
        print("PROBLEM", pr)
    assert not problems, len(problems)
    print("all checks passed")
