"""holdout290 — builds the ten ordinary draft contracts of this set from the sources kept below, writes their
labels, and checks them: price and payment sums, labelled figures present in the text, the policy rules re-applied
to the labels (must equal the plan), text lengths as read back from the built files, and no figure on a policy
threshold (regexes self-tested). Run with /work/main/.venv/bin/python from anywhere.

Part 1: helpers. Parts 2-11: one contract source each. Part 12: plans / labels. Part 13: checks and __main__.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent


def money(n):
    return f"{n:,}"


def pct(part, whole):
    return part / whole * 100

# ---------------------------------------------------------------- part 2: h290z01 (md, zh, buyer's paper, compliant)
H290Z01 = """# 省级药品追溯监管平台建设项目合同

**合同编号：** YJ-ZS-2026-017
**采购方式：** 政府采购 公开招标（招标编号 ZFCG-2026-0348）

**甲方（采购人）：** 东禾省药品监督管理局
地址：东禾省临川市政务中心路88号

**乙方（供应商）：** 临川恒溯信息技术有限公司
地址：临川市高新区云栖大道1206号

根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就省级药品追溯监管平台建设事宜订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分；相互矛盾时，以本合同条款为准。

## 第一条 项目内容

1.1 乙方为甲方建设省级药品追溯监管平台（以下简称“平台”），包括：提供追溯监管平台软件许可；按甲方需求定制开发追溯码对接、企业端数据报送接口、风险预警模型及监管驾驶舱；将原有药品追溯系统中的历史数据迁移至新平台；完成平台在省政务云上的部署、联调和用户培训。

1.2 平台须覆盖全省药品上市许可持有人、批发企业、零售连锁企业及医疗机构的追溯数据汇聚，支持国家药品追溯协同服务平台的数据交换，并满足招标文件技术需求书第三章列明的全部功能和性能要求。

1.3 建设周期：自合同签订之日起一百八十日内完成初验，初验后试运行九十日，试运行结束后十五个工作日内组织终验。

## 第二条 合同价款

2.1 本合同总价为人民币贰佰柒拾玖万肆仟元整（¥2,794,000.00），为固定总价，已包含软件许可、定制开发、数据迁移、部署实施、培训、税费及质保期内的全部服务费用，甲方不再另行支付任何费用。

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 追溯监管平台软件许可（省级部署，不限用户数） | 1,260,000 |
| 2 | 定制开发（追溯码对接、企业端接口、风险预警模型、监管驾驶舱） | 1,184,000 |
| 3 | 历史数据迁移与核对 | 212,000 |
| 4 | 部署实施与培训 | 138,000 |
| | 合计 | 2,794,000 |

## 第三条 付款方式

3.1 合同签订并收到乙方提交的等额预付款保函后十五个工作日内，甲方支付合同总价的20%，即¥558,800.00，作为预付款。

3.2 平台通过初验后十五个工作日内，甲方支付合同总价的45%，即¥1,257,300.00。

3.3 平台通过终验后十五个工作日内，甲方支付合同总价的35%，即¥977,900.00。

3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按照财政国库集中支付的规定办理支付手续。

## 第四条 验收

4.1 初验由甲方组织，按招标文件技术需求书和经甲方确认的测试方案逐项测试，合格标准为：全部功能项测试通过；追溯码解析准确，与国家协同平台交换的数据逐条核对一致；驾驶舱主要页面在五百个并发用户下响应时间不超过3秒；迁移数据的记录数与抽样字段全部核对一致。

4.2 终验条件为：试运行期间未发生一级故障；第三方测评机构出具的安全测评报告和商用密码应用安全性评估报告无高风险问题；乙方已移交全部源代码、部署文档、运维手册及培训记录。终验由甲方组织专家按上述条件评审，并出具书面终验报告。

4.3 平台上线运行、甲方使用平台或支付款项，均不视为验收合格；只有甲方出具的书面验收报告方为验收合格的证明。验收不合格的，乙方应在十日内整改并重新提交验收，由此产生的费用由乙方承担。

## 第五条 质量保证与运行维护

5.1 平台质保期为三十六个月，自终验合格之日起计算。质保期内，乙方免费提供缺陷修复、版本升级、适配调整和技术支持服务。

5.2 服务水平：质保期内平台月可用率不低于99.95%（计划内维护时间除外，计划内维护须提前三日经甲方同意）。故障分级及响应要求如下：一级故障（平台整体不可用或追溯数据无法报送）须在30分钟内响应、2小时内到达现场、6小时内恢复；二级故障（部分功能不可用）须在1小时内响应、8小时内恢复；三级故障（一般问题）须在1个工作日内解决。

5.3 服务扣减：乙方未达到第5.2条要求的，每发生一次响应或恢复超时，甲方从履约保证金中扣减人民币3,000元；月可用率每低于承诺值0.01个百分点，扣减人民币2,000元。扣减不影响甲方要求乙方继续履行的权利。

5.4 质保期满后，如甲方需要乙方继续提供运行维护服务，双方另行签订运维合同。年度运行维护费不超过第2.1条所列平台软件许可费的10%，即每年不超过人民币126,000元；该上限在质保期满后三年内保持不变。运维合同不自动续期。

## 第六条 知识产权

6.1 乙方为本项目定制开发的接口程序、预警模型、驾驶舱页面、数据迁移脚本及其源代码和文档，其知识产权自交付之日起归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。

6.2 平台软件的原有知识产权仍归乙方所有，乙方授予甲方在本省药品监管范围内永久、不可撤销的使用许可。乙方保证所提供的软件和成果不侵犯任何第三方的知识产权。

## 第七条 数据安全

7.1 平台汇聚的药品追溯数据、企业报送数据、日志及衍生数据均属于甲方所有。乙方仅为履行本合同处理上述数据，不得复制、留存、对外提供或用于本合同以外的任何目的。

7.2 乙方应落实网络安全等级保护第三级和商用密码应用的要求，对数据采取加密存储、分级授权和操作审计措施；乙方人员经甲方审批后通过堡垒机访问生产环境，不得将生产数据导出至政务云以外。

7.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在发现后2小时内报告甲方，立即采取处置措施，并承担由此造成的全部损失和法律责任。

## 第八条 保密

乙方对在履行本合同过程中知悉的甲方工作秘密、监管信息、企业商业秘密及平台技术资料负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在本合同终止后持续有效，不因合同终止而解除。

## 第九条 分包

本项目不允许分包。乙方不得将本合同项下的任何工作转包或分包给第三方。

## 第十条 违约责任

10.1 乙方未按第1.3条约定的时间完成初验或终验的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。

10.2 乙方交付的平台不符合合同约定的，应负责整改并承担费用；给甲方造成损失的，应予赔偿。

10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。

## 第十一条 合同解除

乙方严重违反本合同约定，经甲方书面催告后十五日内仍未改正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。

## 第十二条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。

## 第十三条 不可抗力与通知

13.1 因不可抗力不能履行合同的，受影响一方应在三日内书面通知对方，并在十日内提供有关证明；双方根据影响程度协商延期履行或部分免除责任。

13.2 双方指定的联系人和地址以本合同首部为准；一方变更联系人或地址的，应提前书面通知对方，否则按原地址送达即视为有效送达。

## 第十四条 其他

本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。

甲方（盖章）：东禾省药品监督管理局　　　　乙方（盖章）：临川恒溯信息技术有限公司

授权代表：　　　　　　　　　　　　　　　　授权代表：

日期：2026年　月　日　　　　　　　　　　　日期：2026年　月　日
"""

# ---------------------------------------------------------------- part 3: h290z02 (docx, zh, 2-3 risky terms)
H290Z02 = """T:化成分容产线控制系统采购及实施合同
P:合同编号：SCLD-SB-2026-0215
P:甲方（买方）：蜀川锂电新能源有限公司　住所：四川省宜宾市叙州区临港大道二段66号
P:乙方（卖方）：苏州智衡自动化工程有限公司　住所：江苏省苏州市吴中区东太湖路318号
P:鉴于甲方新建年产6GWh方形磷酸铁锂电芯项目，需为二号厂房化成分容工段配置一套产线控制系统；乙方具备相应的设计、供货、实施能力并已通过甲方的技术评审。双方经友好协商，订立本合同，共同遵守。
H:1. 合同标的
P:1.1 乙方负责为甲方提供化成分容产线控制系统（以下简称“系统”），包括控制硬件、服务器及网络设备、化成分容控制软件许可，并完成工艺配方接口、MES系统对接、电芯数据追溯报表等定制开发，以及系统的安装、调试、试运行和培训。
P:1.2 系统应覆盖二号厂房全部24条化成线和32条分容线，实现充放电工步下发、温度与电压监控、电芯分档、异常报警和数据上传，技术参数以附件一《技术规格书》为准。
P:1.3 交付地点：甲方二号厂房。交付期限：合同生效后七十五日内完成全部设备到货，到货后六十日内完成安装调试并提交终验申请。
H:2. 合同价格
P:2.1 本合同总价为人民币贰佰捌拾陆万元整（¥2,860,000），含13%增值税、运输、保险、安装调试、培训及质保期内的服务费用。分项价格如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC主站及I/O模块|1套|612,000
TB:2|工控机及触摸屏|56台|238,000
TB:3|服务器及存储|1套|386,000
TB:4|工业交换机及网络安全设备|1套|250,000
TB:5|化成分容控制软件许可|1套|728,000
TB:|软硬件小计||2,214,000
TB:6|定制开发（工艺配方接口、MES对接、追溯报表）|1项|396,000
TB:7|安装调试|1项|214,000
TB:8|培训|1项|36,000
TB:|合计||2,860,000
P:2.2 上述价格为固定价格，合同履行期间不因原材料、汇率或人工成本变化而调整。
H:3. 付款
P:3.1 合同生效后十个工作日内，甲方凭乙方开具的收据支付合同总价的10%，即¥286,000，作为预付款。
P:3.2 全部设备到货并经甲方签收后，甲方支付合同总价的35%，即¥1,001,000。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 系统终验合格后，甲方支付合同总价的50%，即¥1,430,000。
P:3.4 余款为合同总价的5%，即¥143,000，作为质量保证金，在质保期满且无未决质量问题后十五个工作日内支付。
P:3.5 每笔付款前，乙方应提供等额有效的增值税专用发票。
H:4. 安装调试与验收
P:4.1 乙方负责系统的安装、接线、调试，并按附件二《验收方案》逐项测试。测试项目包括：全部通道的电压、电流采样精度符合技术规格书要求；工步下发与执行结果一致；温度异常、电压越限等报警在2秒内上报；MES接口数据逐批核对一致；分档结果与人工复测抽样一致。
P:4.2 测试合格后系统连续带料试运行三十日，期间未发生因系统原因导致的整线停机，方可申请终验。终验由甲方生产、设备、质量部门联合进行，并签署终验报告。
P:4.3 设备通电运行、甲方投入试生产或支付任何款项，均不构成对系统质量的认可，不免除乙方依本合同应承担的责任。
H:5. 质量保证
P:5.1 系统质保期为十八个月，自终验合格之日起计算。质保期内，因产品质量或实施原因出现的故障，乙方免费维修、更换并提供软件修补和升级。
P:5.2 故障分级及响应：一级故障（整条化成线或分容线停机）乙方须在30分钟内远程响应、2小时内到达现场、8小时内恢复生产；二级故障（部分通道或功能异常）须在2小时内响应、24小时内处理完毕；三级故障在3个工作日内处理。
P:5.3 乙方未按第5.2条时限响应或到场的，每超时一小时，向甲方支付人民币1,500元；同一故障累计停机超过24小时的，甲方另有权要求乙方赔偿由此造成的直接损失。
P:5.4 质保期满后，乙方继续为甲方提供年度维保服务，内容包括定期巡检、故障维修、备件更换、软件升级和远程技术支持。年度维保费按第2.1条软硬件小计的28%计取，即每年人民币619,920元，在质保期满后三年内不作调整，按年度在每个维保年度结束后支付。
P:5.5 乙方应在甲方现场储备附件一所列的常用备件，备件清单及数量每半年由双方复核一次；备件不足导致故障恢复超时的，按第5.3条处理。
H:6. 培训与技术资料
P:6.1 乙方应在终验前为甲方设备工程师和工艺工程师各组织不少于三期的操作及维护培训，培训内容包括系统架构、工步编辑、报警处理、数据追溯和常见故障排除，培训结束后进行考核，考核合格人员由乙方出具培训证明。
P:6.2 乙方应在终验前向甲方移交系统架构图、电气原理图、I/O清单、网络拓扑、软件安装介质、定制开发源代码、操作手册和维护手册各一套，纸质版和电子版各一份。资料不全的，甲方有权暂缓组织终验。
H:7. 知识产权
P:7.1 化成分容控制软件的原有知识产权归乙方所有，乙方授予甲方在本项目范围内永久使用的许可。
P:7.2 乙方为本项目定制开发的工艺配方接口、MES对接程序、追溯报表及其源代码、设计文档，知识产权归甲方所有，甲方可自行修改或委托他人维护。
H:8. 数据安全
P:8.1 系统产生和存储的工艺配方、电芯充放电数据、分档数据及生产日志均属于甲方所有，乙方仅可为履行本合同使用，不得复制、带离或提供给任何第三方。
P:8.2 乙方远程维护须经甲方设备部门逐次审批，通过甲方指定的安全通道接入，并全程记录操作日志。乙方应配置工业防火墙和主机防护措施，防止病毒和非法访问。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在发现后1小时内通知甲方，配合调查处置，并对其原因造成的损失承担赔偿责任。
H:9. 保密
P:9.1 乙方对在本合同履行过程中获知的甲方工艺参数、产能计划、产品配方、客户信息等商业秘密负有保密义务，未经甲方书面许可不得披露或用于其他项目。保密期限至上述信息公开之日止。
H:10. 分包
P:10.1 乙方可将现场布线、桥架敷设及机柜安装工作委托具备资质的第三方施工，但应在进场前五个工作日书面告知甲方施工单位名称及人员名单。乙方对该等第三方的工作质量、安全文明施工承担全部责任。
H:11. 违约责任
P:11.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 系统经两次整改仍不能通过终验的，甲方有权退货并要求乙方返还已付款项，赔偿直接损失。
P:11.3 乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意、重大过失、侵犯知识产权或违反第8、9条造成的损失不受此限。
H:12. 合同解除
P:12.1 任何一方严重违约，经对方书面通知后二十日内仍未纠正的，守约方有权解除本合同，并要求违约方赔偿损失。
H:13. 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交宜宾仲裁委员会仲裁，仲裁裁决是终局的。
H:14. 其他
P:14.1 附件一《技术规格书》、附件二《验收方案》为本合同不可分割的组成部分。本合同一式四份，双方各执二份，经双方签字盖章后生效。
P:甲方：蜀川锂电新能源有限公司（盖章）　　乙方：苏州智衡自动化工程有限公司（盖章）
P:代表签字：　　　　　　　　　　　　　　　代表签字：
P:日期：　　年　　月　　日　　　　　　　　日期：　　年　　月　　日
"""

# ---------------------------------------------------------------- part 4: h290z03 (txt, zh, SaaS, 2-3 risky terms)
H290Z03 = """门店预约与会员管理云服务订阅合同

合同编号：YDY-SaaS-2026-0419

甲方（订阅方）：成都蔻甲美业连锁管理有限公司
统一社会信用代码：见营业执照
住所：四川省成都市锦江区红星路三段16号

乙方（服务方）：杭州约点云科技有限公司
住所：浙江省杭州市余杭区文一西路998号

鉴于：甲方经营“蔻甲”美甲连锁品牌，在成都、重庆、西安三地共有直营门店五十家，需要统一的线上预约、会员储值、技师排班和收银对账系统；乙方是“约点”门店管理云平台的运营方，以软件即服务（SaaS）方式向连锁门店提供上述功能。双方在平等自愿的基础上，就甲方订阅“约点”云服务及相关实施服务事宜，达成如下协议。

一、服务内容
（一）订阅服务：乙方向甲方五十家门店开通“约点”连锁旗舰版云服务，包括微信小程序在线预约、技师排班、会员等级与储值卡、次卡与套餐、收银及对账、营销券、门店经营报表、总部管理后台等模块。每家门店可开通不超过八个员工账号，总部可开通不超过二十个管理账号。
（二）实施服务：乙方负责完成甲方现有会员资料、储值余额、次卡余额的迁移核对；按甲方品牌规范配置小程序页面、会员等级规则及营销活动模板；为门店店长、收银员和总部运营人员提供培训；协助甲方完成五十家门店的分批上线。
（三）服务期：订阅服务期为两个服务年度，自全部门店上线验收合格之日起算。

二、服务费用
（一）订阅费：每家门店每个服务年度人民币21,600元，五十家门店每个服务年度合计人民币1,080,000元，两个服务年度合计人民币2,160,000元。
（二）实施费：人民币186,000元，一次性支付。
（三）本合同总金额为人民币2,346,000元（大写：贰佰叁拾肆万陆仟元整），含6%增值税。服务期内甲方增开门店的，按每店每个服务年度21,600元按实际开通月份折算。

三、付款方式
（一）订阅费按季度结算。每个服务季度结束后十五日内，乙方提交当季服务报告及发票，甲方确认后支付当季订阅费人民币270,000元。
（二）实施费在全部门店上线验收合格后十五日内一次性支付。
（三）甲方在上线验收前无需向乙方支付任何款项。

四、上线验收
（一）乙方应在合同签订后六十日内完成全部门店上线。上线验收标准：会员资料、储值余额、次卡余额迁移后与甲方原系统逐条核对一致；小程序预约、排班、收银、储值消费、对账报表全流程测试通过；每家门店至少完成一天真实营业且日结对账无差错。
（二）验收由甲方运营部组织，验收合格后签署《上线验收确认书》。门店开始使用系统不视为验收合格。
（三）乙方逾期完成全部门店上线的，每逾期一日，按本合同总金额的万分之六向甲方支付违约金，直至全部门店上线验收合格为止。

五、服务水平
（一）乙方保证云服务月可用率不低于99.5%。月可用率按当月可用分钟数占当月总分钟数的比例计算，以百分数表示并保留两位小数。经甲方同意的计划维护时间不计入不可用时间，计划维护应安排在凌晨零时至六时之间。
（二）故障响应：一级故障（全部或多家门店无法预约、收银或储值消费）乙方应在15分钟内响应，2小时内恢复；二级故障（单店或单一功能异常）应在1小时内响应，8小时内恢复；一般咨询在1个工作日内答复。乙方提供每日早九时至晚十一时的人工客服热线，其余时间提供值班电话。
（三）服务赔偿：当月可用率低于99.5%但不低于99%的，乙方减免当季订阅费的3%；低于99%的，减免当季订阅费的8%；一级故障超过2小时未恢复的，每次另减免当季订阅费的1%。减免金额在下一期付款中抵扣。

六、数据归属与使用
（一）甲方及其门店在本服务中录入或产生的会员资料、消费记录、储值数据、预约记录和经营数据（以下简称“甲方数据”）归甲方所有。
（二）乙方可对甲方数据进行去标识化处理，并将去标识化后的消费及预约数据与其他客户数据汇总，用于美业行业分析报告、产品功能优化和算法模型训练；该等汇总数据及分析成果归乙方所有，本合同终止后乙方仍可继续使用。
（三）服务期满或合同终止后三十日内，乙方应按甲方要求以通用格式导出并交付全部甲方数据，并在甲方确认后删除其系统中的甲方数据原件。

七、数据安全
（一）乙方应按照网络安全等级保护第三级要求运营云平台，对会员个人信息实行加密存储和传输，设置分级访问权限，记录并保存操作日志不少于六个月。
（二）乙方应遵守《个人信息保护法》《数据安全法》的规定，不得出售或向第三方提供会员个人信息。
（三）发生数据泄露、篡改、丢失等安全事件时，乙方应在24小时内书面通知甲方，采取补救措施，并承担因其原因造成的甲方损失及对会员的赔偿责任。

八、保密
双方对在合作中获知的对方商业秘密、经营数据、价格条款及技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务自本合同签订之日起至本合同终止后三年内有效。

九、知识产权
（一）“约点”云平台及其软件、算法的知识产权归乙方所有。
（二）乙方为甲方配置的小程序页面设计、会员等级规则、营销活动模板以及为甲方定制的报表，归甲方所有；合同终止后甲方有权自行或委托第三方继续使用和修改。

十、续期
（一）服务期届满前三十日，任何一方未书面提出不再续订的，本合同自动续展一个服务年度，续展次数不限。
（二）续展服务年度的订阅单价由乙方按其届时公布的价格目录确定，每次续展的上调幅度不超过上一服务年度单价的8%，甲方不得以此为由拒绝续展后的付款。

十一、分包
乙方不得将实施服务或平台运维工作分包给第三方，确需分包的，应事先取得甲方书面同意，并对分包方的行为承担连带责任。

十二、违约责任与责任限额
（一）任何一方违反本合同约定给对方造成损失的，应承担赔偿责任。
（二）乙方在本合同项下承担的赔偿责任总额以本合同总金额的两倍为限，但因乙方故意、重大过失或违反第七条、第八条造成的损失除外。

十三、合同解除
乙方连续两个月月可用率低于99%，或严重违反第六条、第七条，经甲方书面通知后十日内未纠正的，甲方有权解除本合同，乙方应退还已收取但尚未提供服务部分的费用，并配合完成数据交接。

十四、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，提交成都仲裁委员会仲裁。

十五、不可抗力
因地震、洪水、大范围电力或通信中断、政府行为等不可抗力导致服务中断的，受影响一方应及时通知对方并尽力减少损失，不可抗力影响期间不计入不可用时间；但乙方未按约定做好异地备份和容灾切换的，不得以不可抗力免责。

十六、通知
本合同项下的通知以书面形式送达双方在合同首部载明的地址，或发送至双方指定的电子邮箱。甲方指定运营部负责人为服务联系人，乙方指定客户成功经理为服务联系人，联系人变更应提前五个工作日通知对方。

十七、其他
本合同一式二份，双方各执一份，自双方签字盖章之日起生效。附件：《服务功能清单》《门店开通清单》《上线验收确认书（模板）》。

甲方（盖章）：成都蔻甲美业连锁管理有限公司
授权代表：
日期：

乙方（盖章）：杭州约点云科技有限公司
授权代表：
日期：
"""

# ---------------------------------------------------------------- part 5: h290z04 (pdf, zh, O&M service, 2 risky terms)
H290Z04 = """T:自助办税终端运行维护服务合同
P:项目名称：2026年度自助办税终端运行维护服务
P:采购方式：政府采购 竞争性磋商（采购编号：LCZC-2025-1187）
P:合同编号：LCSW-YW-2026-003
P:采购人（甲方）：国家税务总局临川市税务局
P:供应商（乙方）：临川市同泰智能设备服务有限公司
P:根据本项目竞争性磋商文件、乙方的响应文件及成交通知书，甲乙双方经协商一致，订立本合同。
H:第一条 服务范围
P:1. 乙方为甲方辖区内各办税服务厅、社区和银行网点部署的自助办税终端提供年度运行维护服务，服务对象为自助办税终端186台（含发票自助代开、税务登记、社保缴费等机型），设备清单见附件1。
P:2. 服务内容包括：终端定期巡检与清洁，硬件故障诊断与维修，备品备件供应，终端软件与税务端系统升级后的适配测试，打印耗材更换指导，以及在市局办税服务中心派驻两名驻场工程师。
P:3. 服务期限：自2026年1月1日起至2026年12月31日止。服务期满本合同自然终止，不自动续期。
H:第二条 服务费用
P:1. 本合同总价为人民币壹佰零玖万陆仟元整（¥1,096,000），为服务期内全部服务的固定总价，包括人工、交通、备品备件、工具、税费等一切费用。
P:2. 费用构成：终端巡检与故障维修，186台×3,600元/台，计669,600元；备品备件包干费148,000元；驻场服务（2人，全年）216,000元；系统升级适配测试62,400元；合计1,096,000元。
H:第三条 付款方式
P:1. 服务费按季度支付，每季度274,000元。每个服务季度结束后，乙方提交季度服务报告，经甲方按第六条考核确认后十五个工作日内，甲方通过国库集中支付方式支付该季度服务费。
P:2. 本合同不设预付款。乙方申请付款时应提供合法有效的发票。
H:第四条 服务接管与巡检
P:1. 乙方应在2026年1月20日前完成全部终端的接管，包括逐台清点、建立设备档案、核对软件版本，并向甲方提交接管报告。
P:2. 乙方应在2026年2月28日前完成首次全面巡检，逐台检测读卡器、身份证识别模块、打印机、触摸屏、网络连接和税务端应用，并提交首次巡检报告及隐患整改清单。
P:3. 此后乙方每月对全部终端巡检一次，每季度进行一次深度保养，巡检记录须经网点负责人签字确认。
H:第五条 服务水平
P:1. 乙方设立7×24小时服务热线，并通过甲方运维管理平台接收工单。
P:2. 故障分级及时限：一级故障（某一办税服务厅自助终端全部停用，或涉及纳税人数据异常）乙方应在30分钟内响应，2小时内到达现场，8小时内修复或更换备机；二级故障（单台终端停用）应在1小时内响应，当日内到场，24小时内修复；三级故障（部分功能异常、耗材问题）应在2个工作日内处理完毕。
P:3. 征期（每月申报期）内，乙方应增派工程师在主要办税服务厅值守。
P:4. 乙方未达到上述服务水平的，甲方有权书面通知乙方限期整改，并将相关情况记入乙方的供应商履约评价记录。
P:5. 遇重大涉税业务集中办理、系统切换或突发事件，乙方应根据甲方通知在2小时内组织应急保障人员到位，并提供备机不少于十台。
H:第五条之一 人员要求
P:1. 乙方应组建不少于八人的服务团队，其中驻场工程师两名，须具备两年以上自助终端或金融机具维护经验，熟悉税务端应用的基本操作；驻场工程师工作时间与办税服务厅对外服务时间一致。
P:2. 乙方人员进入办税服务厅应着统一工装、佩戴工作证，遵守甲方的安全管理、文明服务和保密规定，不得向纳税人推销任何产品或服务。
P:3. 乙方更换驻场工程师的，应提前五个工作日书面报告甲方，并做好工作交接；甲方认为乙方人员不能胜任的，乙方应在七日内予以更换。
H:第五条之二 甲方的权利和义务
P:1. 甲方负责提供终端运行所需的电源、网络及必要的工作场所，为乙方驻场工程师提供办公桌椅和备件存放空间。
P:2. 甲方应及时向乙方通报税务端系统升级计划，并在升级前提供测试环境；甲方有权随时检查乙方的巡检、维修工作，对不符合要求的服务提出书面整改意见。
H:第六条 考核与验收
P:1. 甲方每季度根据工单记录、巡检记录和网点满意度评价对乙方进行考核，考核内容包括响应及修复时限达成情况、巡检完成情况、备件供应情况和服务规范。考核得分达到八十分的，确认该季度服务合格；不足八十分的，乙方应在十日内整改并重新考核。
P:2. 服务期满后，甲方按磋商文件服务需求和本合同约定组织年度验收，出具书面验收意见。验收材料包括全年巡检记录、故障工单汇总、备件更换台账及终端运行状况报告。
H:第七条 数据安全
P:1. 终端中存储和处理的纳税人信息、办税记录、影像资料及日志数据均属于甲方所有，乙方不得查看、复制、留存或以任何方式对外提供。
P:2. 乙方维修时需更换存储介质的，原介质一律留存甲方，由甲方统一销毁；乙方人员不得将U盘、移动硬盘等设备接入终端；远程诊断须经甲方信息中心批准并全程录屏。
P:3. 乙方驻场及维修人员须经甲方背景审查并签署保密承诺书。发生数据泄露或其他安全事件的，乙方应在2小时内报告甲方，配合调查处置，并承担由其原因造成的全部法律责任和损失。
H:第八条 保密
P:乙方对在服务中接触到的税收数据、纳税人信息、甲方内部网络结构和工作资料负有保密义务，不得向任何第三方泄露，也不得在宣传材料、案例介绍中使用上述信息。乙方应对其全部服务人员进行保密教育，服务人员离岗时应交回工作证件和全部资料。本条义务在合同终止后继续有效。
H:第九条 知识产权
P:1. 乙方在服务中形成的设备档案、巡检报告、故障分析报告、运维手册等资料归甲方所有，甲方可自由使用。
P:2. 服务期满或合同解除时，乙方应将上述资料的电子版和纸质版完整移交甲方或甲方指定的后续服务单位，并配合完成不少于十个工作日的交接，交接期间乙方不得中断服务。
H:第十条 分包
P:乙方不得将本合同项下的服务转包或分包给第三方。
H:第十一条 违约责任
P:1. 乙方未按第四条第1款、第2款约定时间完成终端接管或首次全面巡检的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:2. 乙方提供的备品备件应为原厂或经甲方认可的同规格产品，以次充好的，乙方应无偿更换并赔偿由此造成的损失。
P:3. 甲方逾期支付服务费的，按逾期金额每日万分之二支付违约金。
H:第十二条 合同解除
P:乙方连续两个季度考核不合格，或有其他严重违约行为经甲方书面催告后十日内仍未改正的，甲方有权解除本合同，并按实际服务期间结算费用。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。因履行本合同发生争议的，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:1. 因不可抗力导致不能按期提供服务的，乙方应及时通知甲方并采取临时措施保障办税服务厅正常运转，不可抗力消除后应立即恢复服务。
P:2. 本合同未尽事宜，按磋商文件、响应文件及相关法律法规执行；双方可另行签订书面补充协议。
P:3. 本合同自双方盖章之日起生效，一式五份，甲方三份，乙方一份，政府采购监督管理部门备案一份。附件1：自助办税终端清单；附件2：服务需求书；附件3：季度考核表。
P:甲方（盖章）：国家税务总局临川市税务局　　乙方（盖章）：临川市同泰智能设备服务有限公司
P:签约代表：　　　　　　　　　　　　　　　　签约代表：
P:签订日期：2025年12月　日
"""

# ---------------------------------------------------------------- part 6: h290z05 (txt, zh, supplier's template, many problems)
H290Z05 = """湘云ERP软件许可及实施服务合同
（湘云智造标准合同文本 V4.0）

合同编号：XY-ERP-2026-【0562】

甲方（客户）：贵州黔辣坊食品有限公司
地址：贵州省贵阳市花溪区食品工业园12号

乙方（许可方）：湖南湘云智造软件有限公司
地址：湖南省长沙市岳麓区麓谷大道627号

本合同由乙方提供标准文本，甲方已仔细阅读全部条款，对加粗条款的含义已充分理解并无异议。双方本着平等互利的原则，就甲方购买湘云ERP软件使用许可并委托乙方实施事宜，签订本合同。

第1条 定义
1.1 “许可软件”指湘云ERP V8系列软件中甲方购买的标准模块，包括财务管理、供应链管理、生产管理和质量追溯模块。
1.2 “定制开发”指乙方根据甲方需求，在许可软件基础上开发的辣椒酱配方管理、原料批次追溯、经销商返利结算等功能及相应报表、接口。
1.3 “上线”指许可软件及定制开发功能在甲方服务器上完成安装部署，甲方用户开始登录使用。

第2条 合同金额
2.1 本合同金额合计人民币玖拾柒万元整（¥970,000.00），具体如下：
（1）许可软件：财务、供应链、生产、质量追溯四个模块，六十个并发用户，金额¥468,000.00；
（2）定制开发：配方管理、批次追溯、经销商返利结算，金额¥356,000.00；
（3）实施服务：需求调研、系统配置、数据初始化、上线支持，金额¥128,000.00；
（4）培训服务：关键用户及最终用户培训，金额¥18,000.00。
2.2 上述金额不含甲方服务器、数据库、操作系统等第三方软硬件，由甲方自行采购。乙方人员赴甲方现场发生的差旅费用，超出实施计划约定人天的部分，由甲方按实际发生额另行承担。

第3条 付款方式
3.1 本合同签订之日起五个工作日内，甲方向乙方支付合同金额的65%，即¥630,500.00。
3.2 系统上线之日起十个工作日内，甲方向乙方支付合同金额的35%，即¥339,500.00。
3.3 甲方逾期付款的，每逾期一日，应按逾期金额的千分之一向乙方支付违约金；逾期超过三十日的，乙方有权暂停实施和技术支持服务，由此造成的延误由甲方负责。

第4条 实施
4.1 乙方按双方确认的实施计划开展工作，计划实施周期约一百二十日。乙方将尽力按计划完成实施，但因甲方需求变更、基础数据准备不及时、关键用户配合不足等原因造成的延期，乙方不承担责任，实施周期相应顺延。
4.2 甲方应指定项目负责人和关键用户，按乙方要求提供业务资料、历史数据和测试环境，并及时确认各阶段成果。甲方在收到乙方提交的确认文件后五个工作日内未书面答复的，视为确认。
4.3 实施过程中甲方提出超出《需求确认书》范围的需求，双方另行签订补充协议并另行计费。
4.4 实施阶段包括需求调研、蓝图设计、系统配置与定制开发、数据初始化、用户培训和上线支持。乙方派驻项目经理一名及实施顾问若干名，人员安排由乙方根据项目进度自行调整。
4.5 甲方负责准备物料编码、配方资料、客户及经销商档案、期初库存和财务期初余额等基础数据，并对数据的准确性负责。因基础数据错误导致的系统运行问题，由甲方自行承担。

第5条 验收
5.1 许可软件及定制开发功能在甲方服务器安装部署完毕并上线运行之日，即视为甲方验收合格。
5.2 上线后甲方发现的问题，乙方将在免费维护期内予以处理，但不影响已完成的验收结论及甲方的付款义务。

第6条 维护与技术支持
6.1 自上线之日起六个月为免费维护期。免费维护期内，乙方通过电话、电子邮件及远程方式为甲方提供技术咨询、问题处理和补丁更新服务，乙方将尽商业上合理的努力及时处理甲方提出的问题。
6.2 免费维护期满后，甲方如需继续获得技术支持、版本升级和补丁服务，应与乙方签订年度维护服务协议，年度维护费按乙方当年公布的服务价格标准收取。
6.3 乙方可根据产品规划发布新版本。甲方未购买年度维护服务的，乙方不再提供补丁、升级及远程支持，甲方仍可使用已安装的版本。
6.4 因甲方擅自修改系统、操作不当、第三方软硬件故障或病毒等原因导致的问题，不属于维护范围，乙方处理时按人天另行收费。

第7条 知识产权
7.1 许可软件的著作权及其他知识产权归乙方所有。甲方获得在本合同约定的用户数范围内、于甲方内部使用许可软件的非独占、不可转让的许可。
7.2 乙方为甲方完成的定制开发功能、报表、接口程序及其源代码和相关文档，其知识产权均归乙方所有，乙方有权将其纳入标准产品并向其他客户提供。甲方可在内部使用上述成果，但不得修改、反编译，亦不得提供给任何第三方使用或维护。

第8条 数据
8.1 甲方在许可软件中录入和产生的业务数据归甲方所有。
8.2 乙方有权将甲方业务数据进行脱敏处理后，用于产品改进、行业基准分析及为食品行业客户提供的行业解决方案模板，该等用途不视为对甲方数据的披露。
8.3 乙方人员远程或现场处理甲方系统问题时，应遵守甲方的信息安全管理规定，采取账号授权、操作记录和传输加密等安全措施，不得擅自复制甲方业务数据；因乙方原因发生数据泄露或丢失的，乙方应在发现后及时通知甲方并采取补救措施，承担相应的赔偿责任。

第9条 保密
9.1 双方对在合作过程中知悉的对方商业秘密、技术资料和经营信息负有保密义务，未经对方书面同意不得向第三方披露，但依法律法规要求披露的除外。
9.2 本条约定的保密义务在合同终止后三年内继续有效。

第10条 责任限制
10.1 任何一方违反本合同约定的，应承担相应的违约责任。
10.2 乙方在本合同项下的全部赔偿责任，无论基于违约、侵权或其他原因，累计不超过本合同项下许可软件的金额，即人民币468,000元。
10.3 乙方对因甲方提供的数据、资料或指令错误以及甲方未按乙方建议进行操作而产生的后果不承担责任。
10.4 在任何情况下，乙方均不对甲方的利润损失、营业中断、数据丢失等间接损失承担责任。

第11条 合同解除
11.1 任何一方严重违反本合同约定，经守约方书面催告后三十日内仍未纠正的，守约方有权书面通知解除本合同。
11.2 甲方在实施期间单方终止合同的，已支付的款项不予退还，尚未支付的已完成工作费用甲方仍应支付。
11.3 本合同解除的，甲方应支付乙方已完成工作的费用；已经交付的许可软件，甲方可继续按本合同约定使用。

第12条 法律适用与争议解决
12.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
12.2 因本合同引起的任何争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

第13条 其他
13.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
13.2 本合同附件包括《报价清单》《需求确认书》《实施计划》，附件与本合同正文不一致的，以本合同正文为准。
13.3 双方往来通知以书面形式或电子邮件发送至本合同首部所列地址或双方项目负责人的邮箱，发出之日起第三日视为送达。
13.4 本合同一式四份，双方各执两份，自双方盖章之日起生效。

甲方（盖章）：贵州黔辣坊食品有限公司　　　　乙方（盖章）：湖南湘云智造软件有限公司
授权代表：　　　　　　　　　　　　　　　　　授权代表：
日期：　　年　　月　　日　　　　　　　　　　日期：　　年　　月　　日
"""

# ---------------------------------------------------------------- part 7: h290e01 (txt, en, licences, one low finding)
H290E01 = """SOFTWARE LICENCE AND SERVICES AGREEMENT
Colour-Matching Software for Lacquer Finishes

Agreement No. CLG-CN-2026-044

This Agreement is made between:

(1) Fuzhou Minjiang Lacquer Art Studio Co., Ltd., a company established in the People's Republic of China, with its registered office at 27 Sanfang Qixiang Road, Gulou District, Fuzhou, Fujian Province (the "Customer"); and

(2) Chromalogos Software S.A., a company incorporated in Greece, with its registered seat at 4 Limani Street, Nisída Chrysí, Greece (the "Vendor").

RECITALS

A. The Customer designs and produces bodiless lacquerware (tuotai qiqi) and lacquer panels, and mixes several hundred pigment and lacquer recipes by hand each season.

B. The Vendor publishes ChromaLacq, a colour-measurement and recipe-formulation software, and a Spectro-Link module that connects the software to bench spectrophotometers.

C. The Customer wishes to acquire perpetual licences to the software, to have it installed and calibrated on its own workstations, and to have the Vendor build a recipe library for the Customer's own lacquer pigments, on the terms below.

1. DEFINITIONS

1.1 "Licensed Software" means ChromaLacq Studio Edition, version 7, and the Spectro-Link module, in object code, with their documentation and any corrections and updates supplied under this Agreement.

1.2 "Custom Deliverables" means the recipe library, pigment characterisation files, colour-tolerance profiles and report templates prepared by the Vendor specifically for the Customer under Schedule 1.

1.3 "Customer Data" means all colour measurements, recipes, images, sample records and other data entered into or generated by the Licensed Software at the Customer's premises.

1.4 "Final Acceptance" means the Customer's written acceptance under Clause 5.3.

1.5 "Severity 1 Fault" means a fault that stops colour measurement or recipe calculation on all licensed workstations.

2. LICENCE

2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use fourteen (14) seats of the Licensed Software at the Customer's studios in Fuzhou and Putian, for the Customer's own business.

2.2 The Customer may move a seat to another workstation and may make back-up copies. The Customer shall not resell the Licensed Software or reverse engineer it except as permitted by law.

2.3 The licence does not end if support is not renewed after the warranty period.

3. PRICE

3.1 All prices are stated and payable in Chinese yuan (CNY) at the Customer's request, and include all taxes, shipping of media and the Vendor's travel costs. The total price is CNY 672,000 (the "Contract Price"):

Item 1  ChromaLacq Studio Edition perpetual seat licences, 14 x CNY 36,800 ... CNY 515,200
Item 2  Spectro-Link integration module licence (site) ... CNY 96,000
        Licence subtotal ... CNY 611,200
Item 3  Installation, spectrophotometer calibration and recipe library build ... CNY 42,600
Item 4  Training (three sessions, up to 24 trainees) ... CNY 18,200
        Contract Price ... CNY 672,000

3.2 The Contract Price is fixed and will not change because of exchange-rate movements.

4. PAYMENT

4.1 The Customer shall pay:
(a) 20% of the Contract Price, CNY 134,400, within 20 days after signature of this Agreement, against the Vendor's invoice;
(b) 45% of the Contract Price, CNY 302,400, within 20 days after the Installation Certificate under Clause 5.1 is signed; and
(c) 35% of the Contract Price, CNY 235,200, within 20 days after Final Acceptance.

4.2 The Installation Certificate confirms only that the software has been installed on the agreed workstations. It is not acceptance and does not waive any right of the Customer.

4.3 Payments are made by bank transfer to the account named in the invoice.

5. DELIVERY, INSTALLATION AND ACCEPTANCE

5.1 The Vendor shall install the Licensed Software on the fourteen workstations and connect the three spectrophotometers named in Schedule 1 within 45 days after signature. When installation is complete, the parties shall sign an Installation Certificate.

5.2 Within 30 days after installation the Vendor shall complete the recipe library and the parties shall run the acceptance tests set out in Schedule 2, which require at least that:
(a) on 60 reference lacquer panels chosen by the Customer, the predicted recipe reproduces the target colour with a colour difference of not more than 1.0 Delta E (CIEDE2000) after no more than two correction rounds;
(b) the 1,800 existing recipes supplied by the Customer are imported and can be recalled, scaled and printed without error;
(c) each spectrophotometer passes the calibration check with the Vendor's reference tiles; and
(d) the software then runs for ten consecutive working days in production without a Severity 1 Fault.

5.3 If the tests are passed, the Customer shall sign a Final Acceptance certificate within seven days. If any test fails, the Vendor shall correct the defect at its own cost and repeat the test. Use of the software in production before Final Acceptance does not amount to acceptance.

6. WARRANTY

6.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform substantially in accordance with their documentation and Schedule 2 for a warranty period of eighteen (18) months from Final Acceptance.

6.2 During the warranty period the Vendor shall correct any defect free of charge and provide all updates and new minor versions released for the Licensed Software.

6.3 The Vendor shall respond to a Severity 1 Fault within two (2) hours, by telephone or remote session during the Customer's working hours, and shall restore operation or provide a workaround within one working day. Other faults shall be answered within one working day and fixed in the next update.

6.4 If the Vendor misses the response time for a Severity 1 Fault, it shall pay the Customer CNY 800 for each hour or part of an hour of delay, which the Customer may set off against any amount due.

7. SUPPORT AFTER THE WARRANTY

7.1 After the warranty period the Customer may order annual support, covering updates, new versions, remote assistance and the response times in Clause 6.3.

7.2 The annual support fee is 11% of the Licence subtotal, that is CNY 67,232 per year. This fee is fixed for the first three support years. Any later change requires written agreement and may not exceed 3% per year.

7.3 Support is ordered by the Customer year by year in writing. It does not renew automatically.

8. DELAY

8.1 If the Vendor fails to complete installation under Clause 5.1 or to achieve Final Acceptance within 75 days after signature for reasons not caused by the Customer, it shall pay liquidated damages of 0.07% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.

8.2 If the delay exceeds 60 days, the Customer may terminate this Agreement under Clause 13.

9. CUSTOMER DATA AND SECURITY

9.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy it, keep it or use it for any other purpose.

9.2 The Licensed Software is installed on the Customer's own workstations and server. The Vendor shall access them remotely only after the Customer's approval for each session, through the connection provided by the Customer, and shall not download recipes or images.

9.3 The Vendor shall keep its support systems protected by up-to-date security measures and shall notify the Customer within 24 hours after becoming aware of any unauthorised access to Customer Data caused by the Vendor or its staff. The Vendor shall take all reasonable steps to contain the incident and shall be liable for the losses it causes.

10. INTELLECTUAL PROPERTY

10.1 The Vendor keeps all rights in the Licensed Software.

10.2 The Custom Deliverables belong to the Customer from delivery. The Customer may use, modify, copy and license them freely, including to a future software supplier. The Vendor shall deliver them in open file formats.

10.3 The Vendor shall defend the Customer against any claim that the Licensed Software infringes a third party's rights and shall bear the costs and damages awarded.

11. CONFIDENTIALITY

11.1 Each party shall keep confidential the other party's non-public information, including the Customer's recipes, pigment sources, designs and prices, and shall use it only for this Agreement.

11.2 This obligation continues for three years after the end of this Agreement, and indefinitely for the Customer's recipes.

12. SUBCONTRACTING AND LIABILITY

12.1 The Vendor shall not subcontract any of its obligations without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor.

12.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to death or personal injury, fraud, wilful misconduct, breach of Clause 9 or Clause 11, or infringement under Clause 10.3.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

13.2 If the Customer terminates for the Vendor's breach before Final Acceptance, the Vendor shall refund all amounts paid, against return or deletion of the Licensed Software.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of Greece.

14.2 The parties shall first try to settle any dispute by negotiation between their managers. Any dispute not settled within 30 days shall be submitted to the exclusive jurisdiction of the courts of Athens, Greece.

15. GENERAL

15.1 This Agreement is written in English and Chinese. Both versions have equal effect.

15.2 Notices shall be given in writing to the addresses above, or by e-mail to the contact persons named in Schedule 1.

15.3 This Agreement, with Schedule 1 (Scope, Workstations and Instruments) and Schedule 2 (Acceptance Tests), is the entire agreement of the parties on its subject.

Signed for and on behalf of the Customer: ______________________  Date: __________

Signed for and on behalf of the Vendor: ______________________  Date: __________
"""

# ---------------------------------------------------------------- part 8: h290e02 (md, en, SaaS order form, 2-3 risky terms)
H290E02 = """# ORDER FORM — Vallée Ticketing Cloud

**Order Form No.** VTC-2026-CN-0078
**Governed by:** Billetterie Atlantique General Terms of Service, version 2026.1, reproduced in Part B below

| | |
|---|---|
| **Vendor** | Billetterie Atlantique SAS, 12 quai du Phare, Île des Landes, France (registered seat) |
| **Customer** | Jiuzhaigou Green Transit Co., Ltd., 9 Bianbian Street, Zhangzha Town, Jiuzhaigou County, Aba Prefecture, Sichuan, People's Republic of China |
| **Service** | Vallée Ticketing Cloud: online and gate ticketing, QR boarding, capacity control and reporting for the Customer's eco-bus fleet |
| **Subscription Term** | 36 months from the Subscription Start Date |
| **Subscription Start Date** | the date of Go-Live Acceptance under Part A, section 4 |

## Part A — Commercial Terms

### 1. Scope

1.1 The Service covers: online ticket sales through the Customer's WeChat mini-program and website; 64 gate validators and 40 handheld scanners at the park entrance and the bus transfer stations; dynamic capacity control per time slot; refunds; settlement with the scenic-area ticket office; and the operations dashboard.

1.2 The Vendor shall provide the Onboarding Services: configuration of fare tables, routes and time slots, integration with the scenic-area real-name ticketing system and with the Customer's payment gateway, migration of the current season's bookings, and training for 60 station staff.

### 2. Fees

All amounts are in Chinese yuan (CNY), as the Customer requested, and include VAT.

| Item | Basis | Amount (CNY) |
|---|---|---|
| Annual Subscription Fee | per Subscription Year, 3 years x 318,000 | 954,000 |
| Onboarding and Integration Fee | one-time | 92,000 |
| **Total Contract Value** | | **1,046,000** |

Hardware (validators and scanners) is owned by the Customer and is not part of this Order Form.

### 3. Invoicing and payment

3.1 On signature of this Order Form the Vendor will issue one invoice for the Annual Subscription Fee for the first Subscription Year together with the Onboarding and Integration Fee, CNY 410,000 in total. The Customer shall pay it within 15 days after signature and before any Onboarding Services begin.

3.2 The Annual Subscription Fee for the second and third Subscription Years, CNY 318,000 each, is invoiced at the start of each Subscription Year and payable within 30 days.

3.3 Fees are non-refundable except as stated in Part B.

### 4. Go-Live Acceptance

4.1 The Vendor shall complete the Onboarding Services within 50 days after receiving the payment under section 3.1.

4.2 Go-Live Acceptance requires that: (a) every fare type, route and time slot in the Customer's fare schedule sells, validates and refunds correctly in a test run of at least 2,000 transactions; (b) ticket data reconciles line by line with the scenic-area real-name system and the payment gateway for three consecutive days; (c) each gate validator reads a QR ticket within one second; and (d) station staff have been trained. The Customer shall sign the Go-Live Acceptance certificate within five working days after these conditions are met. Live ticket sales before that date do not amount to Go-Live Acceptance.

4.3 If Go-Live Acceptance is delayed beyond the period in section 4.1 for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 900 for each day of delay, deducted from the next invoice.

### 5. Renewal

This Order Form does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### 6. Hosting and approved providers

The Service is hosted in a mainland China cloud region (Chengdu) operated by the hosting provider named in Annex 1, which the Customer approves by signing this Order Form.

## Part B — General Terms of Service

### B1. Provision of the Service

B1.1 The Vendor shall provide the Service during the Subscription Term in accordance with the Documentation and these General Terms, using qualified personnel and industry-standard practices.

B1.2 The Customer shall use the Service only for its own operations, keep its user credentials secure and be responsible for the acts of its users.

B1.3 The Vendor provides support in Chinese and English through a telephone hotline, e-mail and the support portal. It shall announce new releases at least ten days before deployment, test them against the Customer Configurations, and avoid any release during the Golden Week and summer peak periods notified by the Customer. Releases may not remove a function that the Customer uses without the Customer's written agreement.

### B2. Service levels

B2.1 The Vendor shall make the Service available 99.95% of the time in each calendar month, excluding planned maintenance announced at least 72 hours in advance and carried out between 00:00 and 05:00 Beijing time.

B2.2 Incidents are classified and handled as follows: Priority 1 (ticket sales or gate validation stopped at the park entrance or any transfer station) — response within 30 minutes and a workaround or restoration within two hours, 24 hours a day; Priority 2 (a function degraded, such as refunds or reports) — response within two hours and resolution within one business day; Priority 3 — response within one business day.

B2.3 If monthly availability falls below the level in B2.1, the Customer is entitled to a service credit of 5% of one-twelfth of the Annual Subscription Fee for each 0.1 percentage point (or part of it) of shortfall, up to 50% of that monthly amount. If a Priority 1 response is late, the credit is CNY 1,000 per late incident. Credits are applied against the next invoice.

### B3. Customer Data

B3.1 All passenger, booking, sales and settlement data entered into or generated by the Service ("Customer Data") belongs to the Customer. The Vendor processes Customer Data only to provide the Service to the Customer and for no other purpose.

B3.2 The Vendor shall protect Customer Data with measures meeting MLPS (Level 3) requirements, including encryption in transit and at rest, role-based access, multi-factor authentication for administrators and logging of all access. Customer Data stays in mainland China.

B3.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, take all steps needed to contain it, cooperate with the authorities, and bear the losses and regulatory costs caused by its breach of this section B3.

B3.4 At the end of the Subscription Term the Vendor shall return all Customer Data in CSV format within 15 days and then delete it, and shall confirm the deletion in writing.

### B4. Intellectual property

B4.1 The Vendor owns the Service and the Documentation.

B4.2 The fare tables, route and slot configurations, mini-program pages, report designs and interface mappings prepared for the Customer ("Customer Configurations") belong to the Customer, which may use, modify and license them freely, including to a replacement provider.

### B5. Confidentiality

Each party shall keep confidential all non-public information received from the other party and use it only to perform the Order Form. This obligation continues for three years after the end of the Subscription Term.

### B6. Subcontracting

Apart from the hosting provider approved under Part A, section 6, the Vendor shall not subcontract any part of the Service or of the Onboarding Services without the Customer's prior written consent.

### B7. Limitation of liability

B7.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of revenue.

B7.2 The Vendor's total aggregate liability arising out of or in connection with the Order Form and these General Terms shall not exceed the fees paid by the Customer in the six (6) months preceding the event giving rise to the claim.

### B8. Term, suspension and termination

B8.1 The Order Form runs for the Subscription Term and cannot be terminated early by the Customer. The service credits in B2.3 are the Customer's sole and exclusive remedy for any failure of the Service to meet the service levels or the Documentation.

B8.2 The Vendor may suspend the Service if an invoice remains unpaid 30 days after its due date, and may terminate the Order Form by written notice if it remains unpaid 60 days after its due date.

B8.3 On expiry or termination the Vendor shall provide reasonable assistance to transfer the Customer Configurations and Customer Data to the Customer or its new provider.

### B9. Force majeure

Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government orders closing the scenic area, provided it informs the other party promptly. Fees for any period in which the scenic area is closed by government order are suspended.

### B10. Governing law and disputes

These General Terms and the Order Form are governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu.

### B11. General

The Order Form and these General Terms are the entire agreement of the parties on their subject. In case of conflict, Part A prevails over Part B. Notices are given in writing to the addresses above, with a copy by e-mail to each party's account manager. The Order Form is signed in English and Chinese, and both versions have equal effect.

---

**For the Customer:** Jiuzhaigou Green Transit Co., Ltd. — Name / Title / Signature / Date: ____________________

**For the Vendor:** Billetterie Atlantique SAS — Name / Title / Signature / Date: ____________________

*Annex 1: Hosting provider and data-centre region. Annex 2: Fare schedule and station list.*
"""

# ---------------------------------------------------------------- part 9: h290e03 (docx, en, buyer's paper, compliant)
H290E03 = """T:Supply and Installation Contract — Paddy Water-Level Monitoring System
P:Contract No. SJHF-2026-WL-09
P:Buyer: Heilongjiang Sanjiang Hongfeng Rice Farm Co., Ltd., No. 1 Hongfeng Road, Fujin, Jiamusi, Heilongjiang Province, People's Republic of China (the "Buyer").
P:Supplier: Ostsee Agrarsensorik GmbH, Hafenweg 3, Insel Greifswalder Oie, Germany, acting through its project office in Harbin (the "Supplier").
P:Whereas the Buyer farms some 8,600 hectares of paddy rice and wishes to measure the water level in its paddy fields continuously in order to save irrigation water and pumping energy; and whereas the Supplier has offered, in its bid of 18 February 2026, to supply and install a wireless water-level monitoring system, the parties agree as follows. This Contract is prepared on the Buyer's standard form.
H:Article 1 Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission a paddy water-level monitoring system (the "System") comprising ultrasonic water-level sensors, LoRa gateways, solar power kits, the FeldWasser monitoring platform licence and the custom dashboards and irrigation-alarm rules described in Annex 1.
P:1.2 The System shall cover the 420 monitoring points marked on the field map in Annex 1, connect to the Buyer's pump-station control room in Fujin, and store all data on the Buyer's server in that control room.
P:1.3 All equipment shall be new, suitable for operation from minus 40 to plus 50 degrees Celsius, and rated at least IP67.
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 1,742,000 (one million seven hundred and forty-two thousand yuan), including 13% VAT, delivery to the farm, installation, calibration, training and all services during the warranty period. At the Buyer's request all prices are stated in Chinese yuan.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Ultrasonic paddy water-level sensor|420|2,380|999,600
TB:2|LoRa gateway|36|8,600|309,600
TB:3|Solar power kit for gateway|36|2,150|77,400
TB:4|FeldWasser monitoring platform licence (perpetual, farm-wide)|1|186,000|186,000
TB:|Hardware and licence subtotal|||1,572,600
TB:5|Installation, calibration and commissioning|1|148,400|148,400
TB:6|Training|1|21,000|21,000
TB:|Contract Price|||1,742,000
P:2.2 The Contract Price is fixed and not subject to adjustment for exchange rates, freight or customs duties.
H:Article 3 Payment
P:3.1 10% of the Contract Price, CNY 174,200, within 15 working days after signature, against a bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 55% of the Contract Price, CNY 958,100, within 15 working days after the Installation Certificate is signed. The Installation Certificate confirms quantities and installation only and is not acceptance.
P:3.3 35% of the Contract Price, CNY 609,700, within 15 working days after Final Acceptance.
P:3.4 The Supplier shall provide a valid VAT invoice before each payment.
H:Article 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the farm by 20 April 2026 and complete installation before the paddies are flooded, by 10 May 2026. Field work shall follow the farm's planting schedule and shall not damage dykes or seedlings.
P:4.2 If the Supplier fails to meet either date for reasons not attributable to the Buyer, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 30 days, the Buyer may terminate this Contract under Article 12.
P:4.3 The Buyer shall provide access to the fields and dykes, a secure store for equipment at the farm headquarters, and a guide from each production team. The Supplier shall keep the work sites tidy, remove all packaging, and repair at its own cost any damage it causes to dykes, channels or crops.
P:4.4 The Supplier shall train 24 of the Buyer's technicians and duty officers in two sessions at the farm, covering installation and replacement of sensors, gateway maintenance, the platform, alarm handling and winter storage of the sensors. Training materials shall be provided in Chinese.
H:Article 5 Acceptance
P:5.1 Final Acceptance requires that: (a) on a sample of one sensor in ten, chosen by the Buyer, the measured water level agrees with a manual staff gauge within plus or minus 5 mm on three separate days; (b) every sensor reports at its configured 10-minute interval for 21 consecutive days, with no more than two missed readings per sensor per day; (c) irrigation alarms for high and low water reach the control room and the duty officers' phones within one minute in a test on ten chosen fields; (d) the custom dashboards in Annex 1 show correct values for each field block; and (e) the as-built documentation, configuration files and training records have been handed over.
P:5.2 After a successful test the parties shall sign a Final Acceptance Certificate within five working days. Installation, use of the System during the test period, or payment under Article 3.2 does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The warranty period is 24 months from Final Acceptance. During the warranty period the Supplier shall repair or replace any defective equipment and correct any software defect free of charge, including parts, labour and travel to the farm.
P:6.2 Faults are handled as follows:
TB:Severity|Definition|Response|On-site / resolution
TB:Severity 1|Platform down, or more than 20 sensors or any gateway offline|1 hour|Technician on site within 48 hours; restoration within 72 hours
TB:Severity 2|Single sensor faulty or data gaps on one field block|8 hours|Repair or replacement within 5 working days
TB:Severity 3|Questions, reports, minor display errors|1 working day|Next software update
P:6.3 If the Supplier misses a response or restoration time for a Severity 1 fault, it shall pay the Buyer CNY 1,000 for each hour of delay, deducted from any payment due or from the guarantee.
P:6.4 After the warranty period the Buyer may order annual support on the same service levels. The annual support fee shall not exceed 8.5% of the hardware and licence subtotal, that is CNY 133,671 per year, and shall not be increased during the first three support years. Support is ordered year by year and does not renew automatically.
P:6.5 The Supplier shall keep at the farm, at its own cost during the warranty period, a stock of at least 12 sensors, two gateways and two solar kits as spare parts, and shall replenish the stock within 10 days after any part is used. The Supplier shall guarantee the supply of spare parts and firmware updates for at least eight years after Final Acceptance.
H:Article 7 Buyer Data and Data Security
P:7.1 All water-level readings, field maps, alarm records and other data collected or generated by the System are Buyer Data and belong to the Buyer. The Supplier may use Buyer Data only to perform this Contract.
P:7.2 The Supplier shall access the Buyer's server remotely only after approval for each session by the Buyer's control-room supervisor, through the Buyer's VPN with individual accounts, and shall not copy Buyer Data outside the farm. Gateways shall transmit data encrypted.
P:7.3 The Supplier shall report any security incident affecting the System or Buyer Data to the Buyer within 12 hours, take all necessary remedial measures, and be liable for losses caused by its breach of this Article.
H:Article 8 Intellectual Property
P:8.1 The custom dashboards, irrigation-alarm rules, field-block configurations and integration scripts developed for the Buyer belong to the Buyer, which may use, modify and license them freely.
P:8.2 The FeldWasser platform and the sensor firmware remain the Supplier's property and are licensed to the Buyer perpetually for use on the farm.
H:Article 9 Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's field maps, yields and water-use data, and shall not disclose it to any third party without prior written consent. This obligation survives for three years after the end of this Contract.
H:Article 10 Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Articles 7 and 9, which are not limited.
H:Article 11 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:Article 12 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or in the case described in Article 4.2. The Supplier shall then refund the amounts paid for undelivered or rejected items.
H:Article 13 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin.
H:Article 14 General
P:14.1 Neither party is liable for delay caused by force majeure, including floods, severe frost or government orders, provided it notifies the other party within three days and takes reasonable steps to limit the effects. The installation dates in Article 4.1 are then extended by the period of the delay.
P:14.2 Notices shall be in writing and sent to the addresses above or to the project managers named in Annex 1.
P:14.3 This Contract is made in Chinese and English, both equally authentic, in four originals, two for each party. Annex 1 (Field Map, Equipment List and Dashboards) forms part of this Contract.
P:For the Buyer: ____________________ Date: __________
P:For the Supplier: ____________________ Date: __________
"""

# ---------------------------------------------------------------- part 10: h290e04 (pdf, en, managed network, 3 risky terms)
H290E04 = """T:Managed Network Services Agreement
P:Agreement reference: LN-MNS-0311
P:This Agreement is entered into between Ningbo Qianyu Stationery Co., Ltd., 88 Jiangbei Industrial Road, Jiangbei District, Ningbo, Zhejiang, People's Republic of China ("Customer"), and Leathan Networks Ltd, a company registered in Scotland with its registered office at The Old Pier House, Eilean Leathan, Scotland ("Provider").
P:Background: Customer makes pens, notebooks and school supplies in three factories and ships them from two warehouses. Its network has grown site by site and is maintained by different local contractors. Customer wishes to hand the design, operation and monitoring of its wide-area and local networks to a single provider for a fixed monthly charge. Provider runs a network operations centre serving manufacturers in the Yangtze River Delta through its Shanghai branch.
H:Section 1 Definitions
P:1.1 "Services" means the managed network services described in Section 2 and Schedule 1.
P:1.2 "Sites" means Customer's head office, Factories 1, 2 and 3, the North and South Warehouses and the Hangzhou showroom, seven locations in all.
P:1.3 "Service Commencement Date" means the date on which Customer signs the Service Acceptance Certificate for the last Site.
P:1.4 "Monthly Recurring Charge" or "MRC" means the fixed monthly charge in Section 4.
P:1.5 "Priority 1 Incident" means a complete loss of connectivity at a Site, or a failure that stops a production line or the warehouse management system.
H:Section 2 Services
P:2.1 Provider shall design, supply on a rental basis, install, configure, operate, monitor and maintain: an SD-WAN edge appliance pair at each Site; core and access switches and wireless access points at each Site (312 access ports and 96 access points in total); two internet links per Site procured by Provider from licensed carriers; and a secure connection to Customer's cloud ERP.
P:2.2 Provider shall monitor the network around the clock from its network operations centre, handle incidents and changes, apply firmware updates, and deliver a monthly service report with availability, incidents, capacity and changes.
P:2.3 All equipment supplied under this Agreement remains Provider's property. Provider shall replace any faulty equipment at its own cost.
P:2.4 Customer may request changes through the service portal. Standard changes, such as adding a user VLAN, changing a firewall rule or moving an access point within a Site, are included in the MRC up to 20 per month and shall be completed within two business days. Larger changes, such as a new Site or a new production hall, are quoted in advance at the rates in Schedule 2 and carried out only after Customer's written order.
H:Section 3 Term and Renewal
P:3.1 This Agreement starts on signature and the Services run for 36 months from the Service Commencement Date (the "Initial Term").
P:3.2 After the Initial Term this Agreement renews for successive periods of one year at the same charges and on the same terms, unless either party gives written notice of non-renewal at least 90 days before the end of the current period.
H:Section 4 Charges
P:4.1 All charges are stated in Chinese yuan (CNY), at Customer's request, and include VAT and the carrier charges for the internet links.
P:4.2 Charges:
TB:Charge|Basis|Amount (CNY)
TB:Monthly Recurring Charge, seven Sites|36 months x 58,600|2,109,600
TB:One-time set-up charge (survey, design, installation, migration)|once|74,400
TB:Total Contract Value||2,184,000
P:4.3 The set-up charge is invoiced after the Service Commencement Date. The MRC is invoiced monthly in arrears, from the Service Commencement Date. No charge is payable in advance.
P:4.4 Customer shall pay each correct invoice within 30 days after receipt.
H:Section 5 Transition and Service Acceptance
P:5.1 Provider shall survey the Sites, agree a design and migration plan with Customer, and cut over all Sites within 70 days after signature, one Site at a time and outside production shifts.
P:5.2 A Site is accepted when the following tests are passed and Customer signs a Service Acceptance Certificate for it: (a) both internet links and automatic failover between them work, with failover completed within 30 seconds; (b) every production line terminal, label printer and handheld scanner at the Site connects and works with the warehouse management system; (c) wireless coverage meets the signal levels in Schedule 1 in all production and storage areas; and (d) the Site runs for five working days without a Priority 1 Incident.
P:5.3 Operation of a Site on the new network before the Service Acceptance Certificate is signed does not amount to acceptance.
P:5.4 If Provider fails to cut over all Sites within the period in Section 5.1 for reasons within its control, it shall pay Customer CNY 1,800 for each day of delay.
H:Section 6 Service Levels
P:6.1 Provider shall ensure that each Site's network service is available at least 99.5% of the time in each calendar month, measured by Provider's monitoring system from Site edge to the internet and to the cloud ERP, excluding planned maintenance agreed with Customer.
P:6.2 Incident response:
TB:Priority|Definition|Response|Restoration target
TB:Priority 1|Site down or production line stopped|30 minutes|6 hours
TB:Priority 2|Degraded service or one link down|2 hours|1 business day
TB:Priority 3|Single user or non-urgent issue|1 business day|5 business days
P:6.3 If a Site's monthly availability is below the level in Section 6.1, Customer receives a credit of 5% of that Site's share of the MRC for availability below 99.5% and at or above 99%, and 10% below 99%. A late Priority 1 response earns a further credit of CNY 500 per hour of delay. Credits are deducted from the next invoice.
P:6.5 Provider's service manager shall meet Customer's IT manager every quarter to review the monthly reports, open incidents, capacity trends and planned changes, and shall agree an improvement plan for any Site that missed its service level in the quarter.
P:6.6 Provider shall keep at least one spare appliance of each model at its Ningbo depot and shall send an engineer to any Site within three hours when an on-site repair is needed.
H:Section 7 Customer Data
P:7.1 Network configurations, traffic statistics, logs and other data relating to Customer's network ("Customer Data") remain the property of Customer.
P:7.2 Provider shall use Customer Data only to provide the Services and shall return it to Customer at the end of this Agreement.
H:Section 8 Designs and Documentation
P:8.1 The network designs, IP address plans, configuration templates and as-built documents prepared for Customer belong to Customer, which may use and modify them freely and pass them to any successor provider.
P:8.2 Provider's monitoring tools, scripts and methods remain Provider's property.
H:Section 9 Subcontracting
P:9.1 Provider may buy internet links from licensed carriers as described in Section 2.1. Provider shall not otherwise subcontract any part of the Services without Customer's prior written consent, and remains responsible for its subcontractors.
H:Section 10 Liability
P:10.1 Provider's total liability under this Agreement is limited to 150% of the Total Contract Value. The limit does not apply to personal injury, wilful misconduct or gross negligence.
P:10.2 Neither party is liable for the other's indirect or consequential loss.
H:Section 11 Termination
P:11.1 Either party may terminate this Agreement by written notice if the other commits a material breach and fails to remedy it within 30 days after written notice.
P:11.2 Customer may also terminate by written notice if a Site's availability falls below 99% in any three months of a rolling six-month period.
P:11.3 On expiry or termination Provider shall assist the transfer of the Services to Customer or a successor provider for up to 60 days at the rates in Schedule 2, leaving equipment in place until replacement equipment is installed.
H:Section 12 Customer's Obligations
P:12.1 Customer shall give Provider's engineers safe access to the Sites during working hours and, for Priority 1 Incidents, at any time; provide rack space, power and cooling at each Site; and name a contact person for each Site.
P:12.2 Customer shall not alter the configuration of the managed equipment without Provider's agreement.
P:12.3 Customer shall tell Provider at least ten business days in advance about any planned power shutdown, factory relocation or new production line that may affect the network, so that Provider can plan the necessary changes and avoid avoidable outages.
H:Section 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the People's Republic of China.
P:13.2 Any dispute shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo. The award is final.
H:Section 14 General
P:14.1 This Agreement, with Schedule 1 (Sites, Design Standards and Signal Levels) and Schedule 2 (Rates for Additional Work), is the entire agreement between the parties. Changes must be in writing and signed by both parties.
P:14.2 Neither party is liable for failure caused by events beyond its reasonable control, such as typhoons, floods or public-health orders, provided it informs the other party promptly and resumes performance as soon as possible. Service credits are not due for the period of such an event, but Customer need not pay the MRC for any Site that is without service for more than seven consecutive days because of it.
P:14.3 Neither party may assign this Agreement without the other's written consent, except to an affiliate that takes over the whole business concerned.
P:14.4 This Agreement is executed in English and Chinese. In case of difference the Chinese version prevails.
P:Signed for Customer: ____________________ Name: __________ Date: __________
P:Signed for Provider: ____________________ Name: __________ Date: __________
"""

# ---------------------------------------------------------------- part 11: h290e05 (md, en, API subscription, 3 risky terms)
H290E05 = """# API Subscription Agreement — InvoiceLens OCR

**Agreement No.:** KV-SZ-2026-112

**Between**

**Kaprije Vision d.o.o.**, a limited liability company registered in Croatia, with its registered seat at Obala 7, Otok Kaprije, Croatia ("**Vendor**"),

**and**

**Shenzhen Haitao Bianjie E-commerce Co., Ltd.**, Room 1608, Qianhai Shimao Tower, Qianhai, Shenzhen, Guangdong, People's Republic of China ("**Customer**").

## Background

(A) Customer runs cross-border online shops and receives several thousand supplier invoices, customs documents and logistics bills every month, in Chinese, English and other languages, which its finance team keys in by hand.

(B) Vendor operates InvoiceLens, an application programming interface (API) that reads invoices and similar documents and returns structured fields.

(C) Customer wishes to subscribe to InvoiceLens and to have Vendor help integrate it with Customer's finance system. The parties therefore agree as follows.

## 1. Definitions

1.1 **"API"** means the InvoiceLens OCR application programming interface, its endpoints, SDKs and documentation.

1.2 **"Documents"** means the invoices, receipts, customs declarations, bills of lading and other files that Customer submits to the API.

1.3 **"Results"** means the fields, tables and confidence scores that the API returns for a Document.

1.4 **"Customer Templates"** means the extraction templates, field mappings and validation rules configured for Customer's suppliers and finance system.

1.5 **"Go-Live"** means the date on which Customer signs the Integration Acceptance Certificate under clause 4.

## 2. Subscription

2.1 Vendor grants Customer, for the Subscription Term, a non-exclusive right to use the API for Customer's own business, including that of its subsidiaries listed in Schedule 1.

2.2 The subscription includes 60,000 pages per month. Pages above that volume are charged at CNY 0.28 per page and invoiced with the following month's fee.

2.3 The Subscription Term is 24 months from Go-Live.

2.4 Customer shall keep its API keys secure, submit only Documents that it is entitled to process, and not use the API to build a competing service. Vendor may throttle calls that exceed the rate limits in the documentation, after warning Customer, but shall not suspend the API without at least five business days' written notice except to stop an attack on its systems.

## 3. Fees and payment

3.1 At Customer's request all fees are stated and paid in Chinese yuan (CNY) and include VAT.

| Fee | Basis | Amount (CNY) |
|---|---|---|
| Platform fee (incl. 60,000 pages per month) | 24 months x 26,500 | 636,000 |
| Integration support (one-time) | once | 38,000 |
| **Total contract value** | | **674,000** |

3.2 The platform fee is invoiced monthly in arrears, starting with the month in which Go-Live occurs. The integration support fee is invoiced after Go-Live. No amount is payable before Go-Live.

3.3 Customer shall pay each invoice within 30 days after receipt. Disputed amounts may be withheld in good faith until the dispute is resolved; the undisputed part shall be paid on time.

## 4. Integration and acceptance

4.1 Within 40 days after signature, Vendor shall configure the Customer Templates for Customer's 150 most frequent suppliers, connect the API to Customer's finance system through the SDK, and train Customer's finance and IT staff.

4.2 Integration Acceptance requires that: (a) on a test set of 1,000 Documents chosen by Customer, no more than 25 fields in total are extracted wrongly; (b) Results for every Document are posted to the finance system with the correct supplier, currency, tax amount and total; (c) the API returns Results for a one-page Document within three seconds in 95 of every 100 calls in a load test; and (d) the error-handling and manual-review queue works as described in Schedule 2. Customer shall sign the Integration Acceptance Certificate within five business days after the tests are passed. Use of the API in production before that date is not acceptance.

4.3 If Go-Live is delayed beyond the period in clause 4.1 for reasons attributable to Vendor, Vendor shall pay Customer CNY 500 for each day of delay.

## 5. Service levels

5.1 Vendor shall make the API available at least 99.95% of each calendar month, measured at Vendor's API gateway, excluding maintenance announced at least five days in advance and performed between 01:00 and 05:00 Beijing time.

5.2 Incidents are handled as follows: Priority 1 (API unavailable or returning errors for most calls) — response within one hour, at any time, and restoration within three hours; Priority 2 (slow responses, or errors for some Document types) — response within two business hours and resolution within two business days; Priority 3 (questions, template changes) — response within one business day.

5.3 If monthly availability is below the level in clause 5.1, Customer receives a service credit of 10% of that month's platform fee for each 0.1 percentage point (or part of it) of shortfall, up to the full monthly platform fee. Each late Priority 1 response earns a further credit of CNY 300. Credits are deducted from the next invoice.

5.4 Vendor shall publish a monthly service report showing availability, response times, incidents, extraction error rates by supplier and page volumes. The parties' service managers shall review the reports by video call every quarter and agree actions for any supplier whose invoices are often extracted wrongly.

## 6. Customer data and security

6.1 Documents and Results ("Customer Data") belong to Customer. Vendor processes Customer Data on Customer's behalf to provide the API.

6.2 Vendor may also retain copies of Documents and Results in anonymised form and use them to train, test and improve its OCR and classification models and other Vendor products and services, during the Subscription Term and afterwards. Models trained in this way belong to Vendor.

6.3 Customer Data is processed and stored in Vendor's cloud environment in the Shenzhen region operated by the hosting provider named in Schedule 1. Vendor maintains ISO/IEC 27001 certification, encrypts Customer Data in transit and at rest, restricts access to named staff with multi-factor authentication, and complies with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

6.4 Vendor shall notify Customer within 24 hours after becoming aware of a security incident affecting Customer Data, take all reasonable steps to contain it, and bear the losses and regulatory costs resulting from its breach of this clause 6.

## 7. Intellectual property

7.1 Vendor owns the API, its models and documentation.

7.2 The Customer Templates belong to Customer. Customer may use, modify and license them freely, including to another supplier, and Vendor shall export them in a documented format on request.

7.3 Vendor shall defend Customer against any claim that the API infringes a third party's intellectual property rights and pay the damages and costs finally awarded, provided Customer informs Vendor promptly and lets Vendor conduct the defence.

## 8. Confidentiality

Each party shall keep confidential the non-public information received from the other party, including Customer's supplier list, prices and trading volumes, use it only for this Agreement and not disclose it to third parties, during the Subscription Term and for three years afterwards.

## 9. Subcontracting

Except for the hosting provider named in Schedule 1, which Customer approves by signing this Agreement, Vendor shall not subcontract any part of its obligations without Customer's prior written consent.

## 10. Renewal

10.1 At the end of the Subscription Term this Agreement renews automatically for successive periods of one year unless either party gives notice of non-renewal at least 60 days before the end of the current period.

10.2 For each renewal period Vendor may change the platform fee and the per-page charge to its list prices then in force, by notifying Customer at least 30 days before the renewal date. The new fees apply from the renewal date.

## 11. Liability

11.1 Each party's total liability under this Agreement is limited to 200% of the total contract value stated in clause 3.1. The limit does not apply to breach of clause 6 or clause 8, fraud or wilful misconduct.

11.2 Neither party is liable for loss of profit or indirect loss.

## 12. Termination

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

12.2 On termination or expiry Vendor shall return Customer Data on request within 15 days and then delete the copies held for Customer, subject to clause 6.2.

## 13. Governing law and jurisdiction

13.1 This Agreement is governed by the laws of the Republic of Croatia.

13.2 Any dispute arising out of or in connection with this Agreement shall be decided by the competent commercial court in Zagreb, Croatia.

## 14. General

14.1 Neither party is liable for failures caused by events beyond its reasonable control, provided it informs the other party promptly.

14.2 Notices shall be in writing and sent by e-mail and courier to the addresses above or to the contacts named in Schedule 1. A notice sent by e-mail takes effect on the next business day.

14.3 This Agreement, with Schedule 1 (Subsidiaries and Hosting Provider) and Schedule 2 (Integration Scope and Acceptance Tests), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.

---

Signed for **Kaprije Vision d.o.o.**: ______________________  Name / Title: ____________  Date: ________

Signed for **Shenzhen Haitao Bianjie E-commerce Co., Ltd.**: ______________________  Name / Title: ____________  Date: ________
"""

# ---------------------------------------------------------------- part 12: plans (labels, sums, figures to find)
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def T(avail, p1, remedy, ip, ds, owns, conf, ld, cap, prepay, acc, final, warr, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, ds, owns, conf, ld, cap, prepay, acc, final, warr, pwf, auto,
                                term, sub, law, kind]))


G, S = "goods_or_licence", "service"

PLANS = {
 "h290z01": dict(
  file="h290z01_drug_admin_traceability_platform.md", lang="zh", category="software", src="H290Z01",
  terms=T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 10, False, True, False, "PRC", G),
  sla=True, ld_stated=True, capped=True, deemed=False, value=2794000, forum_outside=False,
  items=[1260000, 1184000, 212000, 138000], pays=[558800, 1257300, 977900], pay_pcts=[20, 45, 35],
  base=1260000, fee=126000,
  figures=["2,794,000", "1,260,000", "1,184,000", "212,000", "138,000", "558,800", "1,257,300", "977,900",
           "99.95%", "30分钟内响应", "万分之八", "三十六个月", "10%", "126,000", "20%", "属于甲方所有",
           "归甲方所有", "不允许分包", "适用中华人民共和国法律"],
  rules=[]),
 "h290z02": dict(
  file="h290z02_lithium_formation_grading_line_control.docx", lang="zh", category="hardware", src="H290Z02",
  terms=T(None, 0.5, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 18, 28, False, True, True, "PRC", G),
  sla=True, ld_stated=True, capped=True, deemed=False, value=2860000, forum_outside=False,
  items=[612000, 238000, 386000, 250000, 728000, 396000, 214000, 36000], pays=[286000, 1001000, 1430000, 143000],
  pay_pcts=[10, 35, 50, 5], base=2214000, fee=619920,
  figures=["2,860,000", "2,214,000", "286,000", "1,001,000", "1,430,000", "143,000", "30分钟内远程响应",
           "1,500元", "十八个月", "28%", "619,920", "三年内不作调整", "千分之一", "150%", "书面告知甲方",
           "知识产权归甲方所有", "宜宾仲裁委员会"],
  rules=["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
 "h290z03": dict(
  file="h290z03_nail_salon_chain_booking_membership_saas.txt", lang="zh", category="cloud", src="H290Z03",
  terms=T(99.5, 0.25, True, "buyer", True, False, True, 0.06, 200, None, True, None, None, None, True, True, False,
          "PRC", S),
  sla=True, ld_stated=True, capped=None, deemed=False, value=2346000, forum_outside=False,
  items=[50 * 21600 * 2, 186000], pays=[270000] * 8 + [186000], pay_pcts=None,
  figures=["2,346,000", "21,600", "1,080,000", "2,160,000", "186,000", "270,000", "99.5%", "15分钟内响应",
           "万分之六", "两倍为限", "去标识化", "自动续展", "8%", "书面同意", "成都仲裁委员会"],
  rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
 "h290z04": dict(
  file="h290z04_tax_bureau_self_service_terminal_om.pdf", lang="zh", category="services", src="H290Z04",
  terms=T(None, 0.5, False, "buyer", True, True, True, 0.03, None, None, True, None, None, None, False, True, False,
          "PRC", S),
  sla=True, ld_stated=True, capped=None, deemed=False, value=1096000, forum_outside=False,
  items=[186 * 3600, 148000, 216000, 62400], pays=[274000] * 4, pay_pcts=None,
  figures=["1,096,000", "669,600", "148,000", "216,000", "62,400", "274,000", "30分钟内响应", "限期整改",
           "万分之三", "不设预付款", "均属于甲方所有", "不得将本合同项下的服务转包或分包", "适用中华人民共和国法律"],
  rules=["CR-LD-LOW", "CR-SLA-NO-REMEDY"]),
 "h290z05": dict(
  file="h290z05_chili_sauce_erp_supplier_template.txt", lang="zh", category="software", src="H290Z05",
  terms=T(None, None, False, "supplier", True, False, True, None, 468000 / 970000 * 100, 65, False, False, 6, None,
          False, True, None, "PRC", G),
  sla=False, ld_stated=False, capped=False, deemed=True, value=970000, forum_outside=False,
  items=[468000, 356000, 128000, 18000], pays=[630500, 339500], pay_pcts=[65, 35], base=468000, fee=None,
  figures=["970,000", "468,000", "356,000", "128,000", "18,000", "65%", "630,500", "339,500", "即视为甲方验收合格",
           "六个月", "当年公布的服务价格标准", "商业上合理的努力", "知识产权均归乙方所有", "脱敏", "468,000元",
           "千分之一", "适用中华人民共和国法律", "乙方所在地人民法院"],
  rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
         "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
 "h290e01": dict(
  file="h290e01_lacquerware_colour_matching_licences_greek_vendor.txt", lang="en", category="software", src="H290E01",
  terms=T(None, 2, True, "buyer", True, True, True, 0.07, 150, 20, True, True, 18, 11, False, True, False, "Greece",
          G),
  sla=True, ld_stated=True, capped=True, deemed=False, value=672000, forum_outside=True,
  items=[14 * 36800, 96000, 42600, 18200], pays=[134400, 302400, 235200], pay_pcts=[20, 45, 35],
  base=611200, fee=67232,
  figures=["672,000", "515,200", "96,000", "611,200", "42,600", "18,200", "134,400", "302,400", "235,200",
           "eighteen (18) months", "two (2) hours", "CNY 800", "11%", "67,232", "0.07%", "150%", "laws of Greece",
           "courts of Athens", "prior written consent"],
  rules=["CR-GOVERNING-LAW"]),
 "h290e02": dict(
  file="h290e02_ecobus_ticketing_saas_order_form_french_vendor.md", lang="en", category="cloud", src="H290E02",
  terms=T(99.95, 0.5, True, "buyer", True, True, True, 900 / 1046000 * 100, round(6 / 36 * 100, 4),
          410000 / 1046000 * 100, True, None, None, None, False, False, False, "PRC", S),
  sla=True, ld_stated=True, capped=None, deemed=False, value=1046000, forum_outside=False,
  items=[3 * 318000, 92000], pays=[410000, 318000, 318000], pay_pcts=None,
  figures=["1,046,000", "954,000", "318,000", "92,000", "410,000", "99.95%", "30 minutes", "CNY 900", "six (6) months",
           "cannot be terminated early by the Customer", "sole and exclusive remedy", "does not renew automatically",
           "prior written consent", "Chengdu Arbitration Commission"],
  rules=["CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-TERMINATION"]),
 "h290e03": dict(
  file="h290e03_rice_farm_paddy_water_level_sensors.docx", lang="en", category="hardware", src="H290E03",
  terms=T(None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 8.5, False, True, False, "PRC", G),
  sla=True, ld_stated=True, capped=True, deemed=False, value=1742000, forum_outside=False,
  items=[420 * 2380, 36 * 8600, 36 * 2150, 186000, 148400, 21000], pays=[174200, 958100, 609700],
  pay_pcts=[10, 55, 35], base=1572600, fee=133671,
  figures=["1,742,000", "999,600", "309,600", "77,400", "186,000", "1,572,600", "148,400", "21,000", "174,200",
           "958,100", "609,700", "24 months", "8.5%", "133,671", "0.1%", "200%", "CNY 1,000", "Harbin Arbitration"],
  rules=[]),
 "h290e04": dict(
  file="h290e04_stationery_managed_network_service_scottish_provider.pdf", lang="en", category="services",
  src="H290E04",
  terms=T(99.5, 0.5, True, "buyer", False, True, False, 1800 / 2184000 * 100, 150, None, True, None, None, None,
          False, True, False, "PRC", S),
  sla=True, ld_stated=True, capped=None, deemed=False, value=2184000, forum_outside=False,
  items=[36 * 58600, 74400], pays=[58600] * 36 + [74400], pay_pcts=None,
  figures=["2,184,000", "2,109,600", "58,600", "74,400", "99.5%", "30 minutes", "CNY 1,800", "150%",
           "remain the property of Customer", "same charges", "prior written consent", "Ningbo Arbitration"],
  rules=["CR-CONFIDENTIALITY", "CR-DATA-SECURITY", "CR-SLA-AVAILABILITY"]),
 "h290e05": dict(
  file="h290e05_invoice_ocr_api_subscription_croatian_vendor.md", lang="en", category="cloud", src="H290E05",
  terms=T(99.95, 1, True, "buyer", True, False, True, 500 / 674000 * 100, 200, None, True, None, None, None, True,
          True, False, "Croatia", S),
  sla=True, ld_stated=True, capped=None, deemed=False, value=674000, forum_outside=True,
  items=[24 * 26500, 38000], pays=[26500] * 24 + [38000], pay_pcts=None,
  figures=["674,000", "636,000", "26,500", "38,000", "99.95%", "within one hour", "CNY 500", "anonymised form",
           "renews automatically", "list prices then in force", "200%", "Republic of Croatia", "Zagreb"],
  rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-GOVERNING-LAW"]),
}

# ---------------------------------------------------------------- part 13: rules, threshold scan, read-back, __main__
def apply_rules(p):
    """Policy §3 re-applied to the label (defaults of the shipped pack)."""
    t, fired = p["terms"], []
    if not p["sla"]:
        fired.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        fired.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        fired.append("CR-SLA-RESPONSE")
    if p["sla"] and not t["sla_remedy"]:
        fired.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        fired.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        fired.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        fired.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        fired.append("CR-CONFIDENTIALITY")
    if not p["ld_stated"]:
        fired.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        fired.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        fired.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        fired.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        fired.append("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            fired.append("CR-WARRANTY")
        if not p["capped"] or t["post_warranty_fee_pct"] is None or t["post_warranty_fee_pct"] > 15:
            fired.append("CR-POST-WARRANTY-FEE")
        share = tco(p)[1]
        if share is not None and share > 40:
            fired.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        fired.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        fired.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        fired.append("CR-SUBCONTRACT")
    if t["governing_law"] not in ("PRC", None) or p["forum_outside"]:
        fired.append("CR-GOVERNING-LAW")
    return sorted(fired)


def tco(p, horizon=5):
    """Policy §4: value + post-warranty fee for every year after the warranty within the horizon (pro rata)."""
    t = p["terms"]
    if t["contract_kind"] != G or p.get("fee") is None:
        return None, None
    years = max(0.0, horizon - t["warranty_months"] / 12)
    fees = years * p["fee"]
    total = p["value"] + fees
    return total, fees / total * 100


def risk(rules):
    sev = {"CR-GOVERNING-LAW": "low"}
    high = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
            "CR-POST-WARRANTY-FEE"}
    levels = [("high" if r in high else sev.get(r, "medium")) for r in rules]
    return "high" if "high" in levels else ("medium" if "medium" in levels else "low")


ZH_NUM = "零一二三四五六七八九十百千万点两"
THRESHOLD_PATTERNS = [
    # prepayment 30 %, TCO share 40 %, post-warranty fee 15 %, liability cap 100 %
    r"(?<![\d.])(?:30|40|15|100)(?:\.0+)?\s*(?:%|％|per ?cent)",
    r"百分之(?:三十|四十|十五|一百|百)(?![" + ZH_NUM + r"\d])",
    r"(?<![" + ZH_NUM + r"])[三四]成",
    r"\b(?:thirty|forty|fifteen|one hundred|a hundred|hundred)[\s-]+per[\s-]*cent",
    # availability 99.9 %
    r"(?<![\d.])99\.90*(?!\d)", r"百分之九十九点九(?![" + ZH_NUM + r"])",
    r"ninety-nine point nine(?! [a-z]*-?five)",
    # P1 response 4 hours
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|h\b|hrs?\b|hours?\b|-hour)",
    r"(?<![" + ZH_NUM + r"\d])四\s*(?:个)?\s*小时",
    r"\bfour[\s-]+(?:business[\s-]+|working[\s-]+|clock[\s-]+)?hours?\b",
    r"(?<![\d.])240\s*(?:分钟|minutes)",
    # LD 0.05 % per day (also 0.35 % per week)
    r"(?<![\d.])0\.050*\s*(?:%|％|per ?cent)", r"万分之五(?![" + ZH_NUM + r"])", r"千分之零点五",
    r"(?<![\d.])0\.5\s*‰", r"(?<![\d.])0\.350*\s*(?:%|％|per ?cent)",
    # warranty 12 months
    r"(?<![\d.年])12\s*(?:个)?\s*(?:月|months?\b|-month)", r"(?<![" + ZH_NUM + r"])十二\s*个?\s*月",
    r"\btwelve[\s-]+months?\b", r"\btwelve-month\b",
    r"(?:质保|保修|免费维护|warranty)[^。.\n;；]{0,15}(?:一年|壹年|1年|one year|one-year|1 year)",
    r"(?:一年|1年|one-year|one year)\s*(?:的)?(?:质保|保修|warranty)",
    # TCO horizon 5 years
    r"(?<![\d.])5\s*(?:年|years?\b|-year)", r"(?<![" + ZH_NUM + r"\d])五\s*年", r"\bfive[\s-]+years?\b",
    r"(?<![\d.])60\s*(?:个)?\s*(?:月|months?\b)", r"\bsixty[\s-]+months?\b",
]
THRESHOLD_RE = [re.compile(x, re.I) for x in THRESHOLD_PATTERNS]

SELF_TEST_HIT = ["预付30%", "支付合同总价的30 %", "百分之三十", "40%", "15％", "thirty per cent", "100%", "四成",
                 "99.9%", "99.90%", "百分之九十九点九", "4小时内响应", "四小时", "four hours", "4 hours", "4-hour",
                 "240分钟", "0.05%", "万分之五", "千分之零点五", "0.35% per week", "12个月", "十二个月",
                 "twelve months", "12 months", "质保期为一年", "one-year warranty", "5年", "五年", "five years",
                 "60个月", "60 months", "fifteen per cent"]
SELF_TEST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "二十四小时", "30分钟", "0.5小时", "130%", "1.15%", "0.15%",
                  "115%", "万分之五十", "万分之三", "0.07%", "0.05 mm", "18个月", "十八个月", "eighteen (18) months",
                  "25年", "35 days", "三十五年", "150%", "百分之三十五", "120个月", "2 hours", "14 hours", "5 working days",
                  "15 days", "30 days", "40 days", "one year at the same charges", "2026年12月31日"]


def threshold_hits(text):
    return [(rx.pattern, m.group(0)) for rx in THRESHOLD_RE for m in rx.finditer(text)]


def self_test():
    for s in SELF_TEST_HIT:
        assert threshold_hits(s), ("regex misses", s)
    for s in SELF_TEST_MISS:
        assert not threshold_hits(s), ("regex false hit", s, threshold_hits(s))


def read_back(path):
    if path.suffix in (".md", ".txt"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)


def label(key, p):
    t = p["terms"]
    extra = {"sla_clause": p["sla"], "ld_stated": p["ld_stated"]}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = p["capped"]
    extra["acceptance_deemed_on_delivery"] = p["deemed"]
    extra["contract_value"] = p["value"]
    return {"file": p["file"], "language": p["lang"], "category": p["category"], "expected_terms": dict(t),
            "expected_extra": extra, "expected_rules": p["rules"]}


def check_plan(key, p):
    assert sum(p["items"]) == p["value"], (key, "items", sum(p["items"]), p["value"])
    assert sum(p["pays"]) == p["value"], (key, "payments", sum(p["pays"]), p["value"])
    if p["pay_pcts"]:
        assert sum(p["pay_pcts"]) == 100, key
        for amt, pc in zip(p["pays"], p["pay_pcts"]):
            assert amt * 100 == p["value"] * pc, (key, amt, pc)
    if p.get("fee") is not None:
        assert round(p["base"] * p["terms"]["post_warranty_fee_pct"] / 100) == p["fee"], key
    t = p["terms"]
    # no labelled figure sits on a threshold
    assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4, key
    assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - 0.05) > 0.002, key
    assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30, key
    assert t["warranty_months"] != 12 and t["post_warranty_fee_pct"] != 15, key
    share = tco(p)[1]
    assert share is None or abs(share - 40) > 1, (key, share)
    got = apply_rules(p)
    assert got == p["rules"], (key, "rules", got, p["rules"])


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    g = globals()
    sources, targets = {}, {}
    for key, p in PLANS.items():
        check_plan(key, p)
        src = g[p["src"]]
        kind = p["file"].rsplit(".", 1)[1]
        if kind in ("md", "txt"):
            (OUT / p["file"]).write_text(src, encoding="utf-8")
            print("wrote", p["file"])
        else:
            sources[key], targets[key] = src, (p["file"], kind)
    write(sources, targets, OUT, wrap_words=True)
    report = []
    for key, p in PLANS.items():
        text = read_back(OUT / p["file"])
        flat = re.sub(r"\s+", "" if p["lang"] == "zh" else " ", text)
        for fig in p["figures"]:
            needle = re.sub(r"\s+", "" if p["lang"] == "zh" else " ", fig)
            assert needle in flat, (key, "figure not in text", fig)
        hits = threshold_hits(text) + threshold_hits(flat)
        assert not hits, (key, "threshold value in text", hits)
        if p["lang"] == "zh":
            n_nows, n_all = len(re.sub(r"\s", "", text)), len(text)
            assert 2800 <= n_nows and n_all <= 3300, (key, "zh length", n_nows, n_all)
            size = f"{n_nows} chars without whitespace, {n_all} with"
        else:
            n_words = len(text.split())
            assert 1500 <= n_words <= 1700, (key, "en words", n_words)
            size = f"{n_words} words, {len(text)} chars"
        lab = label(key, p)
        (OUT / p["file"].rsplit(".", 1)[0]).with_suffix(".json").write_text(
            json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        total, share = tco(p)
        report.append(f"{p['file']}: {size}; rules {p['rules'] or '(none)'}; risk {risk(p['rules'])}"
                      + (f"; TCO {total:,.0f} share {share:.2f}%" if total else ""))
    print("\n".join(report))
    print("all checks passed")


if __name__ == "__main__":
    main()
