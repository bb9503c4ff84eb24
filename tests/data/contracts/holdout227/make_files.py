"""holdout227: writes the ten ORDINARY draft contracts (.md/.txt directly, .docx/.pdf through ../word_pdf.py with
wrap_words=True), asserts every price and payment sum, re-applies the policy §3/§4 rules to the hand labels and checks
they equal the planned findings, writes the .json labels, reads every built file back (python-docx paragraphs + tables,
pypdf) and fails if a figure sitting on a policy threshold appears, or if a labelled figure is missing.
Run with /work/main/.venv/bin/python make_files.py (from any directory)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent


def money(n):
    return f"{n:,}"

H227Z01 = """# 青川市残疾人服务综合平台建设项目合同书

**合同编号：** QCCL-ZFCG-2026-017  
**采购方式：** 政府采购 公开招标（招标编号 QCZC-2026-GK-0452）  
**合同文本：** 采购人合同文本（甲方提供）

**甲方（采购人）：** 青川市残疾人联合会  
地址：青川市滨江东路 88 号　联系人：信息中心 韩主任

**乙方（供应商）：** 青川智联信息技术有限公司  
地址：青川市高新区云栖路 19 号　联系人：项目总监 陶经理

鉴于甲方就“青川市残疾人服务综合平台建设项目”依法组织公开招标，乙方经评审委员会评审被确定为中标人，中标通知书已于 2026 年 3 月 9 日发出。为明确双方权利义务，双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，在平等、自愿的基础上，以招标文件、投标文件和中标通知书为依据订立本合同。

## 第一条　项目内容

1.1 乙方负责建设青川市残疾人服务综合平台，包括平台基础软件的提供与部署、五个业务子系统的定制开发、历史数据迁移、与省残联及市民政、医保、人社系统的接口对接、部署实施和培训。

1.2 五个业务子系统为：残疾人证办理子系统、康复服务子系统、就业帮扶子系统、补贴发放子系统和无障碍地图子系统，功能以招标文件第五章《技术需求书》及乙方投标文件的功能清单为准。

1.3 平台部署于甲方机房政务云专区，系统应支持适老化及无障碍访问，页面符合 GB/T 37668 的要求。

## 第二条　合同价款

2.1 本合同总价为人民币 2,130,000 元（大写：贰佰壹拾叁万元整），为固定总价，含税费、运输、部署、培训及质保期内全部服务费用。分项如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 服务中台软件许可（永久） | 438,000 |
| 2 | 统一身份认证及电子签章组件许可（永久） | 182,000 |
| | 软件产品小计 | 620,000 |
| 3 | 五个业务子系统定制开发 | 1,180,000 |
| 4 | 历史数据迁移及接口对接 | 246,000 |
| 5 | 部署实施及培训 | 84,000 |
| | 合同总价 | 2,130,000 |

2.2 除甲方书面确认的需求变更外，合同总价不作调整。

## 第三条　付款方式

3.1 合同签订并收到乙方开具的合法发票后 10 个工作日内，甲方支付合同总价的 20%，即人民币 426,000 元，作为预付款。

3.2 系统通过初步验收后，甲方支付合同总价的 45%，即人民币 958,500 元。

3.3 系统通过最终验收后，甲方支付合同总价的 35%，即人民币 745,500 元。

3.4 甲方按财政国库集中支付程序付款，付款前乙方应提交等额合法发票。

## 第四条　交付进度

4.1 乙方应于合同签订后 150 日内完成全部开发、迁移和部署并提交初步验收申请。

4.2 初步验收通过后进入为期 60 日的试运行，试运行期满且问题全部关闭后进行最终验收。

## 第五条　验收

5.1 初步验收标准：（1）《技术需求书》所列功能逐项测试通过；（2）历史残疾人档案约 21.6 万条全量迁移，抽样比对差错率不高于万分之一；（3）在 800 个并发用户下，常用页面响应时间不超过 2 秒；（4）与省残联系统及市民政、医保、人社接口连续 10 日数据交换无差错；（5）第三方测评机构出具的安全测评报告无高危问题，并通过等保三级测评。

5.2 最终验收标准：试运行期内未发生一级故障，初步验收遗留问题全部整改完毕，乙方交付源代码、数据字典、接口说明、运维手册等全部文档。

5.3 验收由甲方组织，可邀请残疾人代表参与无障碍体验测试。系统上线运行、甲方使用或支付部分款项，均不视为验收合格；验收以甲方签署的验收报告为准。

## 第六条　服务水平

6.1 质保期内，平台月度可用率不低于 99.95%（计划内维护除外，计划内维护应提前 3 个工作日告知甲方并安排在夜间）。

6.2 故障分级与时限：一级故障（平台整体不可用或残疾人证办理中断）30 分钟内响应，2 小时内到场，8 小时内恢复；二级故障（单个子系统不可用）1 小时内响应，24 小时内恢复；三级故障（一般问题）在 3 个工作日内解决。

6.3 乙方每超过响应或恢复时限一小时，向甲方支付人民币 1,000 元；月度可用率每低于约定值 0.01 个百分点，扣减人民币 2,000 元，从应付款或维护费中扣除。

## 第七条　质保与维护

7.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费修复缺陷、提供升级补丁和远程及现场技术支持。

7.2 质保期满后，如甲方需要，双方另行签订维护合同。维护费每年不超过软件产品小计的 9%（即每年不超过人民币 55,800 元），在质保期满后三个年度内不上调；维护合同不自动续期。

## 第八条　知识产权

8.1 乙方为本项目定制开发的五个业务子系统、接口程序、数据迁移脚本及相关文档的知识产权归甲方所有，乙方应在最终验收时交付全部源代码。甲方可自行或委托第三方使用、修改和再开发。

8.2 服务中台及组件等乙方原有软件产品的知识产权仍归乙方或原权利人所有，甲方享有永久、不可撤销的使用许可。

## 第九条　数据安全

9.1 平台中的残疾人个人信息、康复及补贴数据等全部业务数据归甲方所有。乙方仅为履行本合同处理上述数据，不得用于其他任何目的，不得向第三方提供。

9.2 乙方应遵守《中华人民共和国个人信息保护法》《中华人民共和国数据安全法》，对敏感个人信息加密存储、传输，实行最小授权，运维操作须经甲方审批并通过堡垒机进行，不得将数据复制至甲方环境以外。

9.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在 2 小时内报告甲方并采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部责任，赔偿甲方因此遭受的损失。

## 第十条　保密

双方对在履行本合同中知悉的对方未公开信息负有保密义务，未经对方书面同意不得向任何第三方披露。保密义务在本合同终止后三年内继续有效。

## 第十一条　违约责任

11.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，按合同总价的万分之八向甲方支付违约金。

11.2 乙方交付的系统不符合合同约定、经两次整改仍不能通过验收的，甲方有权解除合同，乙方退还已付款项并赔偿甲方损失。

11.3 甲方无正当理由逾期付款的，按照国家有关规定承担责任。

## 第十二条　分包

本项目不得转包或分包。乙方不得将合同的任何部分交由第三方完成。

## 第十三条　合同解除

乙方严重违约，经甲方书面通知后 15 日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方承担违约责任。

## 第十四条　争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。

## 第十五条　其他

15.1 招标文件、投标文件、中标通知书及双方确认的澄清文件为本合同组成部分。

15.2 乙方应按招标文件要求组建项目团队，项目经理在合同履行期间不得更换；确需更换的，须经甲方书面同意，且继任人员资质不低于原人员。

15.3 本合同一式六份，甲乙双方各执三份，自双方签字盖章之日起生效。

甲方（盖章）：青川市残疾人联合会　　　　乙方（盖章）：青川智联信息技术有限公司

法定代表人或授权代表：__________　　　　法定代表人或授权代表：__________

日期：2026 年 3 月　日　　　　　　　　　日期：2026 年 3 月　日
"""

H227Z02 = """T:铜箔表面缺陷在线检测系统采购合同
P:合同编号：RT-CG-2026-0311
P:甲方（买方）：赣南瑞铜电子铜箔股份有限公司，住所：江西省赣州市经济技术开发区金岭西路 26 号
P:乙方（卖方）：苏州视衡智能检测技术有限公司，住所：江苏省苏州市工业园区星湖街 328 号
P:甲方为提升锂电铜箔和标准铜箔分切前的表面质量管控水平，拟在六条生箔及分切生产线上部署表面缺陷在线检测系统。乙方具备机器视觉检测设备的研发、生产和实施能力。经甲方比选，双方就系统的供货、安装、调试、模型训练、质保和维保服务达成如下协议，以资共同遵守。
H:第一条 合同标的
P:1.1 乙方向甲方提供铜箔表面缺陷在线检测系统一套，覆盖甲方 1 号至 6 号生产线，对针孔、褶皱、划伤、亮点、铜粉、边裂等缺陷进行实时检测、分类、标记和统计，并与甲方 MES 系统对接，实现卷号级缺陷追溯。
P:1.3 检测系统应适应甲方车间温湿度及防尘环境，相机防护等级不低于 IP54，单条产线检测数据本地缓存不少于 30 日。
P:1.2 系统组成、规格及数量见下表。乙方保证所供设备为全新原厂产品，软件为正版授权。
TB:序号|名称及规格|数量|单价（元）|金额（元）
TB:1|8K 线扫相机及镜头|24 台|38,500|924,000
TB:2|高亮线光源及控制器|24 套|9,200|220,800
TB:3|边缘计算工控机|6 台|46,000|276,000
TB:4|缺陷检测软件许可（按产线，永久）|6 套|85,000|510,000
TB:5|中心服务器及存储|1 套|168,000|168,000
TB:|硬件及软件许可小计|||2,098,800
TB:6|安装调试、缺陷样本标注及模型训练|1 项|286,000|286,000
TB:7|与甲方 MES 接口开发|1 项|95,200|95,200
TB:8|操作及维护培训|1 项|20,000|20,000
TB:|合同总价|||2,500,000
H:第二条 合同价款与支付
P:2.1 合同总价为人民币 2,500,000 元（大写：贰佰伍拾万元整），含 13% 增值税、运输、保险、安装、调试、培训及质保期内的全部服务费用。
P:2.2 合同生效后 10 个工作日内，甲方支付合同总价的 10%，即人民币 250,000 元，作为预付款。
P:2.3 全部设备到货并经甲方签收后，甲方支付合同总价的 35%，即人民币 875,000 元。到货签收仅表示数量和外观核对无误，不代表质量验收。
P:2.4 系统通过最终验收后，甲方支付合同总价的 50%，即人民币 1,250,000 元。
P:2.5 剩余 5%，即人民币 125,000 元作为质量保证金，于质保期满且乙方无未履行的质保义务后 15 个工作日内无息支付。
H:第三条 交付与安装
P:3.1 乙方应于合同生效后 75 日内将全部设备运抵甲方厂区，并于到货后 45 日内完成安装调试。安装应在甲方安排的停机窗口内进行，不得影响正常生产。
P:3.2 乙方进场人员应遵守甲方安全生产、洁净车间和防静电管理规定。
P:3.3 乙方应在安装调试期间完成缺陷样本的采集和标注，每类缺陷样本不少于 500 张，标注结果经甲方质量部确认后用于模型训练。模型训练完成后，乙方应向甲方提交模型说明、样本统计和测试报告。
P:3.4 乙方应为甲方培训操作人员不少于 24 人次、维护工程师不少于 6 人次，培训内容包括系统操作、缺陷复判、光源及相机日常清洁校准、模型更新流程和常见故障处理，并提供中文操作手册和维护手册各一套。
H:第四条 验收
P:4.1 安装调试完成后，系统在六条生产线上连续试运行 30 日，由甲乙双方按以下标准进行最终验收：（1）对宽度 0.2 mm 及以上的针孔、划伤等缺陷，检出率不低于 98.5%，误报率不高于 0.3%；（2）在最高车速 25 米/分钟下检测无漏帧；（3）缺陷图像、坐标与卷号在 MES 中一一对应，抽查 200 卷追溯无差错；（4）试运行期内无一级故障。
P:4.2 验收合格的，双方签署最终验收报告。设备安装完毕、系统投入使用或甲方支付部分款项，均不视为验收合格。验收不合格的，乙方应在 20 日内整改并重新验收，费用由乙方承担。
H:第五条 质量保证
P:5.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内，设备及软件出现的任何非人为故障，乙方免费维修或更换，并免费提供软件升级和模型优化。
P:5.2 故障分级及服务时限如下：
TB:故障级别|定义|响应时间|到场时间|恢复时间
TB:一级|任一产线检测中断或大面积漏检|30 分钟|3 小时|8 小时
TB:二级|单台相机或工控机故障，检测降级运行|2 小时|8 小时|24 小时
TB:三级|报表、界面等一般问题|8 小时|按需|3 个工作日
P:5.3 乙方每超过上表时限一小时，向甲方支付人民币 1,500 元，甲方可从质量保证金或应付款中扣除。
H:第六条 质保期满后的维保
P:6.1 质保期满后，乙方提供年度维保服务，内容包括设备巡检、备件更换、软件升级、模型再训练和远程支持，服务时限同第 5.2 条。
P:6.2 年度维保费按硬件及软件许可小计的 17.5% 计取，即每年人民币 367,290 元，质保期满后三个年度内不作调整。维保合同按年度签订，不自动续期。
H:第七条 知识产权
P:7.1 乙方为甲方训练的缺陷检测模型、模型参数、缺陷样本库、MES 接口程序及相关文档，其知识产权归甲方所有，乙方应交付源代码及训练数据集。
P:7.2 缺陷检测软件平台本身的知识产权仍归乙方所有，甲方享有永久使用许可。
H:第八条 数据安全
P:8.1 系统采集的铜箔表面图像、缺陷数据和生产工艺参数属于甲方所有，乙方仅为履行本合同使用，不得复制、留存或用于其他客户和产品。
P:8.2 乙方远程维护须经甲方逐次审批，通过甲方指定的 VPN 和堡垒机进行，操作全程留痕。乙方不得擅自将数据传出甲方厂区网络。
P:8.3 发生数据泄露或疑似泄露时，乙方应在 2 小时内通知甲方并配合处置；因乙方原因导致的数据安全事件，由乙方承担全部赔偿责任。
H:第九条 保密
P:双方对履行本合同过程中获得的对方技术资料、工艺参数、客户信息等商业秘密负有保密义务，保密期限至合同终止后三年。
H:第十条 分包
P:相机支架制作、线缆敷设等辅助安装工作，乙方可交由其选定的安装单位实施，提前书面通知甲方即可；乙方对安装单位的工作质量和安全承担责任。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方所供设备或软件不符合合同约定的，甲方有权要求更换、整改，并要求乙方赔偿由此造成的损失。
P:11.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面催告后 15 日内仍未改正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交赣州仲裁委员会仲裁。
H:第十四条 不可抗力
P:因地震、洪水、疫情等不可抗力致使一方不能履行合同的，受影响方应及时通知对方并提供证明，在不可抗力影响范围内免除责任，但应尽力减少损失。
H:第十五条 其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。附件一《技术规格书》、附件二《验收测试方案》为本合同组成部分。
P:甲方（盖章）：赣南瑞铜电子铜箔股份有限公司　　乙方（盖章）：苏州视衡智能检测技术有限公司
P:授权代表：__________　　授权代表：__________　　签订日期：2026 年 4 月　日
"""

H227Z03 = """洁衣坊门店运营及会员管理系统服务合同

合同编号：JYF-IT-2026-008

甲方（客户）：上海洁衣坊洗衣连锁管理有限公司
注册地址：上海市闵行区虹梅南路 1650 号 3 幢
乙方（服务商）：杭州云熨科技有限公司
注册地址：浙江省杭州市余杭区文一西路 998 号 5 号楼

甲方经营洗衣连锁门店七十家，分布于上海、苏州、嘉兴三地，现需更换门店收衣开单、衣物流转、工厂洗护排程及会员营销系统。乙方以软件即服务（SaaS）方式提供“云熨洗护”门店运营系统及会员小程序，并负责实施上线。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务：乙方向甲方七十家门店开通“云熨洗护”门店版账号，功能包括收衣开单、衣物拍照与瑕疵登记、条码吊牌、工厂分拣与洗护排程、取送衣预约、门店对账和经营报表。
（二）会员小程序模块：包括储值卡、次卡、积分、优惠券、会员等级和营销活动配置，支持微信支付及甲方现有收款通道。
（三）实施服务：包括门店及中央工厂部署、历史会员及储值余额数据迁移（约 18.4 万名会员）、与甲方收银设备和财务系统对接、门店店长及工厂人员培训。
（四）定制开发：智能取衣柜接口及甲方专属经营分析报表。
（五）培训：乙方应为每家门店培训店长及收衣员各至少一名，为中央工厂培训分拣、质检和排程人员不少于十五名，线上培训课程在服务期内持续开放。

二、服务期限
（一）订阅服务期为三个服务年度，自全部门店上线验收通过之日起算。
（二）服务期满前三十日内，任何一方未以书面形式提出不再续约的，本合同自动续期，每次续期一个服务年度，续期次数不限。
（三）续期时，乙方有权根据其经营成本调整订阅单价，上调幅度每次不超过 8%，乙方以邮件通知甲方后即生效。

三、费用
（一）门店版订阅费：每店每月人民币 380 元，七十家门店三个服务年度合计人民币 957,600 元。
（二）会员小程序模块年费：每年人民币 48,000 元，三个服务年度合计人民币 144,000 元。
（三）实施服务费：人民币 168,000 元。
（四）定制开发费：人民币 60,400 元。
（五）以上合计，本合同总价为人民币 1,330,000 元（大写：壹佰叁拾叁万元整），含 6% 增值税。

四、付款方式
（一）本合同不设预付款。
（二）订阅费及会员模块年费按季度结算，每季度结束后 15 个工作日内，乙方出具账单及发票，甲方核对无误后支付该季度费用。
（三）实施服务费和定制开发费在上线验收通过后一次性支付。

五、实施与验收
（一）乙方应于合同签订后 60 日内完成首批 10 家门店及中央工厂的试点上线，于合同签订后 120 日内完成全部门店上线。
（二）上线验收标准：1. 全部门店可正常收衣开单、打印吊牌并完成工厂流转；2. 会员数量、储值余额、积分与甲方旧系统逐户核对一致，差额为零；3. 高峰时段单店开单操作响应不超过 2 秒；4. 取衣柜接口连续 7 日无丢单；5. 乙方提交培训记录和操作手册。
（三）验收以甲方签署的上线验收单为准。门店开始使用系统不视为验收通过。
（四）验收未通过的，乙方应在十个工作日内整改并申请复验；经两次复验仍未通过的，甲方有权解除合同，乙方退还甲方已支付的全部款项。

六、服务水平
（一）乙方承诺系统月度可用率不低于 99.5%，计划内维护应安排在夜间 0 点至 6 点并提前两个工作日通知。
（二）故障分级：一级故障指全部或多数门店无法开单、收款或会员无法支付，乙方应在 15 分钟内响应、2 小时内恢复；二级故障指部分功能不可用，乙方应在 1 小时内响应、8 小时内恢复；三级故障在 2 个工作日内解决。
（三）月度可用率低于承诺值的，每低 0.1 个百分点，扣减当月订阅费的 2%，扣减总额以当月订阅费的一半为限；一级故障恢复超时的，每超时一小时另扣减人民币 500 元。

七、数据归属与数据安全
（一）甲方在系统中录入和产生的会员信息、订单、储值及交易数据归甲方所有。
（二）甲方同意，乙方可以将上述数据经去标识化、汇总处理后用于洗护行业经营分析报告、产品改进和算法训练，本款授权在合同终止后继续有效。
（三）乙方应将数据存储于中国境内通过网络安全等级保护三级测评的云平台，对会员手机号、支付信息加密存储，落实访问控制和操作审计。
（四）发生数据泄露等安全事件的，乙方应在 24 小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方赔偿。
（五）会员个人信息的收集应取得会员同意，小程序隐私政策由甲方确认后发布；乙方工作人员访问甲方数据须经甲方授权，仅限处理故障和甲方提出的服务请求，访问记录保存不少于六个月并向甲方开放查询。
（六）合同终止后 30 日内，乙方应按甲方要求以通用格式导出全部数据，并在甲方确认后删除其系统中的甲方数据。

八、知识产权
（一）“云熨洗护”系统及其版本升级的知识产权归乙方所有。
（二）乙方为甲方定制开发的智能取衣柜接口程序及专属经营分析报表，其知识产权归甲方所有，乙方应交付源代码，甲方可自由使用、修改和委托他人维护。

九、保密
双方对因本合同获知的对方商业信息、定价、门店经营数据承担保密义务，未经对方书面同意不得披露，保密义务在合同终止后三年内有效。

十、违约责任
（一）乙方未按第五条约定时间完成全部门店上线的，每逾期一日，向甲方支付违约金人民币 800 元。
（二）乙方累计赔偿责任以合同总价的两倍为限，但因数据泄露或故意、重大过失造成的损失不受此限。
（三）甲方逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。

十一、分包
乙方不得将本合同项下的实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

十二、双方的其他义务
（一）甲方应指定项目联系人，按实施计划提供门店清单、旧系统数据导出文件及收银设备资料，并组织门店人员参加培训。
（二）乙方应指定项目经理和不少于四名实施顾问，实施期间每周提交项目周报；服务期内为甲方配备专属客户成功经理，每季度提交一次服务报告，报告包括可用率、故障处理、需求处理及系统使用情况。
（三）乙方提供每日 8 点至 22 点的电话及在线客服支持，与甲方门店营业时间一致；新版本上线应提前五个工作日通知甲方并提供更新说明，影响门店操作的变更应安排在门店闭店后进行。

十三、不可抗力
因自然灾害、公共卫生事件、政府行为或基础电信运营商大范围故障等不可抗力导致不能履行的，受影响方应及时通知对方，并在不可抗力影响范围内免责；不可抗力持续超过六十日的，任何一方可书面通知解除本合同。

十四、合同解除
任何一方严重违反本合同，经对方书面通知后 20 日内未纠正的，守约方有权解除合同；乙方违约导致合同解除的，甲方无需支付解除之后期间的费用，乙方应按第七条第（六）项配合导出数据。

十五、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，提交杭州仲裁委员会按其仲裁规则仲裁。

十六、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：《功能清单》《门店清单》《实施计划》。

甲方（盖章）：上海洁衣坊洗衣连锁管理有限公司
授权代表签字：
乙方（盖章）：杭州云熨科技有限公司
授权代表签字：
日期：2026 年 5 月 日
"""

H227Z04 = """T:清河区动物疫病监测与疫情报告平台 2026 年度运行维护服务合同
P:项目编号：QHNY-DYLY-2026-03　　采购方式：政府采购 单一来源
P:甲方（采购人）：宁州市清河区农业农村局
P:地址：宁州市清河区府前街 12 号
P:乙方（供应商）：宁州牧信软件有限公司
P:地址：宁州市经济开发区科创路 56 号 B 座
P:清河区动物疫病监测与疫情报告平台（以下简称“平台”）由乙方于 2023 年承建，现承担全区 14 个乡镇畜牧兽医站、286 名村级防疫员及规模养殖场的免疫登记、疫情报告、采样监测、无害化处理和检疫申报等业务。鉴于平台源代码及技术架构由乙方掌握，经公示无异议并报区财政局批准，甲方采用单一来源方式向乙方采购 2026 年度运行维护服务。双方根据《中华人民共和国民法典》《中华人民共和国政府采购法》，订立本合同。
H:1. 服务范围
P:1.1 平台应用系统运维：包括免疫登记、疫情快报、监测采样、无害化处理、检疫申报五个子系统及统计分析模块的日常监控、故障处理、缺陷修复、小型功能优化（全年不超过 60 人日）。
P:1.2 数据库及中间件运维：包括数据库巡检、性能优化、备份恢复演练（每半年至少一次）和中间件补丁管理。
P:1.3 移动端运维：“清河防疫通”APP 及微信小程序的兼容性适配、版本发布和村级防疫员账号管理。
P:1.4 驻场服务：乙方派驻一名运维工程师在甲方办公，工作日 8:30 至 17:30 在岗，重大动物疫情应急期间按甲方要求延长在岗时间。
P:1.5 安全巡检：每季度开展一次漏洞扫描和安全配置核查，配合甲方完成等级保护测评整改。
P:1.6 技术支持：为区畜牧兽医站及乡镇站点提供电话、远程和现场技术支持，每半年组织一次面向乡镇兽医和村级防疫员的操作培训，培训人数合计不少于 300 人次，培训资料交甲方留存。
H:2. 服务期限
P:2.1 服务期自 2026 年 1 月 1 日起至 2026 年 12 月 31 日止。
P:2.2 服务期满本合同终止。甲方如需继续采购，应依法另行履行采购程序，本合同不自动续期。
H:3. 服务费用
P:3.1 本合同年度服务费总额为人民币 438,000 元（大写：肆拾叁万捌仟元整），含税，为固定价格。分项如下：
TB:序号|服务项目|金额（元）
TB:1|平台应用系统运维|216,000
TB:2|数据库及中间件运维|64,000
TB:3|移动端运维|52,000
TB:4|驻场服务（1 人）|96,000
TB:5|安全巡检|10,000
TB:|合计|438,000
H:4. 付款方式
P:4.1 服务费按季度支付，每季度人民币 109,500 元。
P:4.2 每季度结束后，甲方依据第 6 条组织季度考核，考核合格后 15 个工作日内支付该季度服务费；考核扣减的金额从当季服务费中扣除。
P:4.3 本合同不设预付款。
H:5. 服务水平
P:5.1 平台月度可用率不低于 99.95%，计划停机须提前两个工作日经甲方同意，并避开疫情报告高峰时段。
P:5.2 故障分级及处理时限：一级故障（全区疫情报告或免疫登记中断）乙方应在 8 小时内响应并开始处理，24 小时内恢复；二级故障（单个子系统或移动端部分功能不可用）12 小时内响应，48 小时内恢复；三级故障（一般性问题）在 5 个工作日内解决。
P:5.3 乙方每超过第 5.2 条时限一小时，扣减服务费人民币 500 元；月度可用率每低于约定值 0.01 个百分点，扣减服务费人民币 1,000 元。
P:5.4 重大动物疫情应急响应期间，乙方应安排专人值守，保障疫情快报通道畅通。
H:6. 考核与验收
P:6.1 季度考核内容：可用率统计、故障工单处理记录、巡检及备份报告、驻场考勤、功能优化完成情况。考核得分低于 80 分的，当季服务费按得分比例支付。
P:6.2 年度验收：服务期满后 20 日内，甲方依据年度运维报告、全部季度考核结果、数据库备份恢复演练记录和安全巡检整改闭环情况进行年度验收，验收合格后签署验收意见。
P:6.3 乙方应于每月 5 日前提交上月运维报告，于服务期满后 10 日内提交年度运维报告。
P:6.4 年度验收不合格的，乙方应在 15 日内完成整改并申请复验；复验仍不合格的，甲方可扣减第四季度服务费的相应部分，并将履约情况记入供应商履约评价档案，作为今后采购活动的参考。
H:7. 数据安全
P:7.1 平台中的养殖场户信息、免疫及监测数据、疫情报告数据属于甲方所有，乙方仅可为履行本合同处理，不得用于任何其他目的。
P:7.2 乙方应落实网络安全等级保护要求，运维操作一律通过甲方堡垒机进行并全程审计，不得在个人电脑或境外服务器上存储平台数据，导出数据须经甲方书面批准。
P:7.3 发生数据泄露、篡改、丢失或重大安全漏洞时，乙方应在 2 小时内报告甲方并立即处置；因乙方原因造成的安全事件，乙方承担全部法律责任并赔偿甲方损失。
H:8. 知识产权
P:8.1 服务期内乙方为甲方完成的功能优化、脚本、补丁、运维文档，其知识产权归甲方所有，乙方应一并交付源代码。
P:8.2 乙方保证提供的服务不侵犯第三方知识产权，否则由乙方承担全部责任。
H:9. 人员要求
P:9.1 驻场工程师应具备三年以上数据库及应用运维经验，乙方更换驻场人员须提前 10 日经甲方同意，并做好工作交接。
P:9.2 乙方人员进入甲方机房应遵守甲方管理制度并登记。
P:9.3 乙方应建立运维值班制度，提供 7×24 小时服务热线，并向甲方提供值班表及二线技术支持人员名单。
P:9.4 乙方应维护平台运维知识库，记录故障现象、原因分析和处理步骤，每季度随考核资料提交甲方。
H:10. 服务交接与资料
P:10.1 服务期内，乙方应持续维护平台部署文档、数据库结构说明、接口清单、账号权限清单和应急预案，每次变更后 5 个工作日内更新并提交甲方。
P:10.2 服务期满或合同解除时，无论是否由乙方继续提供服务，乙方均应向甲方或甲方指定的单位完整移交上述资料、全部源代码及运维工具，并提供不少于 10 个工作日的现场交接支持，交接期间服务水平不降低。
P:10.3 乙方应配合甲方接受上级农业农村部门的数据质量检查和网络安全检查，按检查意见在规定期限内完成整改，并提交整改报告。
H:11. 违约责任
P:11.1 乙方逾期提交月度或年度运维报告、逾期完成安全巡检整改的，每逾期一日，按年度服务费总额的千分之一向甲方支付违约金。
P:11.2 乙方服务不符合本合同约定，连续两个季度考核不合格的，甲方有权解除合同。
P:11.3 甲方无正当理由逾期付款的，应承担相应责任。
H:12. 分包
P:本合同项下服务不得转包，也不得分包。
H:13. 合同解除
P:乙方严重违约，经甲方书面通知后 10 日内仍未纠正的，甲方可以书面通知解除本合同，并要求乙方赔偿损失。合同解除时，乙方应配合甲方完成运维交接，交接期不超过 30 日。
H:14. 不可抗力
P:因不可抗力致使本合同不能履行的，受影响方应在 3 日内通知对方并提供证明，并尽最大努力减少损失；不可抗力消除后继续履行。
H:15. 争议解决
P:本合同适用中华人民共和国法律。双方发生争议应协商解决，协商不成的，向甲方所在地人民法院起诉。
H:16. 其他
P:本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。单一来源采购审批文件、乙方响应文件为本合同附件。
P:甲方（盖章）：宁州市清河区农业农村局　　乙方（盖章）：宁州牧信软件有限公司
P:代表签字：__________　　代表签字：__________　　日期：2025 年 12 月　日
"""

H227Z05 = """# 匠造云 MES 制造执行系统软件许可及实施合同

> 匠造云标准合同文本 V4.0（乙方格式文本）　合同编号：JZY-MES-2026-0419

**甲方：** 宁波糯香园食品有限公司（地址：浙江省宁波市海曙区望春工业园区丽园北路 777 号）

**乙方：** 杭州匠造云工业软件有限公司（地址：浙江省杭州市滨江区江南大道 3850 号 12 层）

甲方主营汤圆、宁波年糕等速冻米面制品，拥有三条速冻汤圆生产线和一座冷库。为实现从糯米粉投料、馅料配制、成型、速冻隧道到包装入库的全过程数字化管理和批次追溯，甲方向乙方购买“匠造云 MES”软件许可并委托乙方实施和定制开发。双方本着平等互利的原则，签订本合同。

## 第一章　合同标的与价款

**第一条　标的**

1. 匠造云 MES 软件许可（永久）：生产管理、质量追溯、仓储物流、设备管理四个标准模块，50 个并发用户。
2. 定制开发：速冻隧道温度与时长数据采集、馅料配方与投料防错、冷链出库追溯、与甲方用友 ERP 的接口。
3. 实施服务：需求调研、系统部署、基础数据整理、用户培训和上线支持。

**第二条　价款**

| 项目 | 金额（元） |
|---|---|
| MES 软件许可费 | 780,000 |
| 定制开发费 | 420,000 |
| 实施服务费 | 100,000 |
| 合同总价 | 1,300,000 |

合同总价为人民币壹佰叁拾万元整（¥1,300,000），含 6% 及 13% 增值税。

**第三条　付款**

1. 本合同签订后 5 个工作日内，甲方向乙方支付合同总价的 55%，即人民币 715,000 元。
2. 系统上线后 10 个工作日内，甲方支付合同总价的 45%，即人民币 585,000 元。
3. 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，乙方并有权暂停实施和技术支持。

**第三条之一　许可范围**

1. 软件许可仅限甲方在宁波望春厂区内部使用，不得转让、出租或用于甲方关联公司；新增厂区、生产线或并发用户的，应按乙方当时的报价另行购买。
2. 乙方交付的软件为可执行程序，不提供标准产品源代码。许可密钥与甲方服务器硬件绑定，更换服务器的，甲方应提前通知乙方重新授权。

## 第二章　实施与交付

**第四条　实施周期**

乙方在收到首付款后开始实施，计划于 90 日内完成部署上线。实施计划以乙方项目经理发出的《实施计划书》为准，乙方可根据项目进展调整。

**第四条之一　乙方项目人员**

乙方指派项目经理一名、实施顾问两名和开发工程师若干名。乙方可根据内部安排调整项目人员，调整后通知甲方。

**第五条　甲方配合义务**

甲方应提供生产工艺资料、物料编码、设备清单和网络环境，安排关键用户全程参与，并在乙方要求的时间内完成数据确认。因甲方配合不到位导致延期的，实施周期相应顺延。

**第五条之一　培训**

乙方为甲方提供上线前集中培训两次，每次不超过两天，对象为甲方生产、质量、仓储和设备部门的关键用户及系统管理员。培训后的内部推广由甲方自行组织。额外培训按乙方人天单价另行收费。

**第六条　上线与验收**

1. 乙方完成系统安装部署并通知甲方后，系统即视为上线。
2. 系统上线即视为甲方验收合格，甲方无需另行出具验收文件。上线后甲方提出的问题作为优化需求处理。

## 第三章　知识产权

**第七条　知识产权**

1. 匠造云 MES 软件及其升级版本的一切知识产权归乙方所有。
2. 乙方根据本合同为甲方定制开发的速冻隧道采集程序、配方防错程序、冷链追溯功能、ERP 接口及相关源代码、文档，其著作权及其他知识产权均归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得修改、反编译，不得交由第三方使用或维护。
3. 乙方有权将上述定制开发成果纳入其标准产品，向其他客户提供。

## 第四章　维护与服务

**第八条　免费维护期**

乙方自系统上线之日起提供三个月的免费维护，包括缺陷修复和远程咨询。

**第九条　故障响应**

1. 免费维护期内，甲方报告的一级故障（生产线无法报工或批次无法追溯），乙方在 24 小时内响应；二级故障在 48 小时内响应；其他问题在 5 个工作日内答复。
2. 乙方将尽力及时处理故障，但不对修复时间作出承诺。乙方不因响应或修复超时承担任何扣款、赔偿或违约责任。

**第十条　年度维保**

1. 免费维护期满后，甲方应向乙方购买年度维保服务，年度维保费为 MES 软件许可费的 28%，即每年人民币 218,400 元，每年度开始前一次性支付。
2. 年度维保服务按年度自动续期，续期维保费按本条第 1 款标准执行。甲方未购买维保服务的，乙方不再提供任何升级和技术支持。
3. 年度维保服务内容包括：标准产品版本升级、缺陷修复、远程技术支持、每半年一次的系统健康检查，以及在工作日 9:00 至 17:30 提供的电话和在线答疑。现场服务、新增报表和功能变更不在维保范围内，按乙方人天单价人民币 2,800 元另行计费。
4. 甲方逾期支付年度维保费的，乙方有权暂停维保服务直至甲方付清，暂停期间产生的系统问题由甲方自行承担。

## 第五章　数据与保密

**第十一条　数据**

1. 甲方的生产数据、配方数据和质量追溯数据归甲方所有，乙方仅为履行本合同使用，不得用于其他用途。
2. 系统部署于甲方本地服务器。乙方远程维护须经甲方同意并使用甲方提供的账号，操作结束后由甲方关闭访问权限。
3. 乙方应采取必要的安全措施防止甲方数据泄露、篡改或丢失；因乙方原因造成数据安全事件的，乙方应在获知后 24 小时内通知甲方，协助恢复，并承担相应的赔偿责任。

4. 系统数据的日常备份由甲方负责，乙方在实施阶段协助甲方配置备份策略并进行一次恢复演示。合同终止后，乙方应删除其在实施和维护过程中取得的甲方数据副本，并应甲方要求出具书面说明。

**第十二条　保密**

双方对在合作中获知的对方技术信息和经营信息负有保密义务，特别是甲方的汤圆馅料配方和工艺参数，保密期限为合同终止后三年。

## 第六章　违约责任

**第十三条　违约金**

1. 因乙方原因导致系统上线延期的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的 3%。
2. 因乙方原因导致甲方损失的，乙方承担的全部赔偿责任（含违约金）累计不超过人民币 260,000 元，且不承担利润损失、停产损失等间接损失。

**第十四条　合同解除**

一方严重违约，经对方书面催告后 30 日内仍未改正的，守约方可以书面通知解除本合同。

## 第七章　其他

**第十四条之一　不可抗力**

因不可抗力、网络运营商故障、第三方软件或甲方设备原因导致乙方不能按约履行的，乙方不承担责任，实施周期相应顺延。

**第十四条之二　通知**

本合同项下的通知以电子邮件方式发送至双方在合同首页确认的邮箱，发送即视为送达。

**第十五条　争议解决**

因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

**第十六条　生效**

本合同自双方盖章之日起生效，一式两份，双方各执一份。本合同为乙方标准文本，双方另有约定的，以补充协议为准。

甲方（盖章）：宁波糯香园食品有限公司　　　乙方（盖章）：杭州匠造云工业软件有限公司

签约代表：　　　　　　　　　　　　　　　　签约代表：

签订日期：2026 年 4 月 19 日
"""

H227E01 = """T:Software Licence and Services Agreement - Casting Simulation Software
P:Agreement No. FD-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Cangzhou Tiegu Casting Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at No. 66 Zhuzao Road, Botou, Cangzhou, Hebei Province (the "Customer"); and
P:(2) Fusione Digitale S.r.l., a company incorporated in Italy, with its registered office at Fondamenta San Giacomo 212, Isola della Giudecca, 30133 Venice, Italy (the "Vendor").
P:Background. The Customer operates an iron foundry producing grey and ductile iron castings for pump housings, valve bodies and agricultural machinery. It wishes to simulate mould filling, solidification, shrinkage and residual stress before making patterns. The Vendor develops the FUSIO-CAST simulation suite. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the FUSIO-CAST programs listed in Annex 1, in object code, with their documentation and the updates supplied under this Agreement.
P:1.2 "Customer Deliverables" means the foundry-specific material database, the gating and feeding templates, the calibration reports and any scripts prepared by the Vendor for the Customer under Article 3.
P:1.3 "Final Acceptance" means the Customer's signature of the acceptance certificate under Article 6.
P:1.4 "Contract Price" means the total price stated in Article 4.1. All amounts in this Agreement are stated and payable in Chinese Renminbi (CNY), as the Customer requested.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software on the Customer's own workstations at its Botou site, for the number of seats stated in Annex 1, for the Customer's internal engineering work.
P:2.2 The Customer may make backup copies and may move a seat to a replacement workstation free of charge.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Licensed Software and the network licence server, build a material database for the Customer's grades (HT250, HT300, QT450-10 and QT500-7) from the Customer's melt and cooling-curve data, prepare gating and feeding templates for the Customer's three moulding lines, and train the Customer's engineers.
P:3.2 Calibration: the Vendor shall simulate six reference castings chosen by the Customer and compare the results with the Customer's actual pours, X-ray records and sectioned samples, and tune the database until the acceptance criteria in Article 6 are met.
P:3.3 Training: two on-site courses at Botou of four days each for up to ten engineers, with Chinese interpretation provided by the Vendor.
H:Article 4 Price
P:4.1 The Contract Price is CNY 1,800,000 (one million eight hundred thousand Chinese Renminbi), made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:FUSIO-CAST Solver and Pre/Post seat, perpetual|3|396,000|1,188,000
TB:Additional parallel cores pack (16 cores)|2|87,000|174,000
TB:Stress and Distortion module, perpetual|1|226,000|226,000
TB:Licence Subtotal|||1,588,000
TB:Installation and configuration|1|64,000|64,000
TB:Material database, calibration and training|1|148,000|148,000
TB:Contract Price|||1,800,000
P:4.2 The Contract Price is fixed and includes all taxes payable by the Vendor outside China, travel and living costs of the Vendor's staff, interpretation and documentation. Chinese VAT and withholding are handled as stated in Annex 2.
H:Article 5 Payment
P:5.1 The Customer shall pay the Contract Price in three instalments against the Vendor's invoice:
P:(a) 20% (CNY 360,000) within 20 days after signature of this Agreement;
P:(b) 45% (CNY 810,000) within 20 days after delivery of the licence keys and completion of installation, confirmed by an installation note. The installation note records that the software runs; it is not acceptance;
P:(c) 35% (CNY 630,000) within 20 days after Final Acceptance.
P:5.2 Payments are made by bank transfer from the Customer's account in China. Each party bears its own bank charges.
H:Article 6 Delivery and Acceptance
P:6.1 The Vendor shall deliver the licence keys within 15 days after signature and complete installation within 30 days after signature. Calibration and training shall be completed within 120 days after signature.
P:6.2 Final Acceptance tests: (a) for each of the six reference castings, the predicted shrinkage porosity locations match the X-ray and sectioning results in the judgement of the Customer's chief metallurgist; (b) predicted solidification times at the thermocouple positions are within 8% of measured values; (c) a full mould-filling and solidification run for the largest reference casting completes within the time stated in Annex 1 on the Customer's hardware; (d) the material database and templates are delivered with written documentation; (e) training is completed.
P:6.3 If a test fails, the Vendor shall correct the cause and repeat the test within 20 days. Installation, use of the software in production or payment of any instalment is not acceptance. Acceptance is only given by the Customer's signed certificate.
H:Article 7 Warranty
P:7.1 The Vendor warrants that the Licensed Software will perform substantially in accordance with its documentation for twenty-four (24) months from Final Acceptance. During that period the Vendor shall correct defects, supply all updates and new versions free of charge and provide the support described in Article 9.
P:7.2 The Vendor warrants that the Customer Deliverables will meet the criteria of Article 6.2 for the same period and will correct any failure free of charge.
H:Article 8 Maintenance after the Warranty Period
P:8.1 After the warranty period the Customer may order annual maintenance (updates, new versions and the support of Article 9) by purchase order for each year.
P:8.2 The annual maintenance fee is 11% of the Licence Subtotal, that is CNY 174,680 per year, fixed for the first three years after the warranty period. Any later change must be agreed in writing and may not exceed 3% per year.
P:8.3 Maintenance does not renew automatically. If the Customer does not order maintenance, the licence remains valid and the Customer may later reinstate maintenance without any reinstatement fee.
H:Article 9 Support and Service Levels
P:9.1 The Vendor provides support by telephone, e-mail and remote session in English and Chinese from 08:00 to 18:00 Beijing time on Chinese business days.
P:9.2 Severity 1 means the software or the licence server cannot be started or no simulation can be run. The Vendor shall respond to a Severity 1 report within 2 hours and provide a workaround or fix within 2 business days. Severity 2 means a module or function fails with a workaround available: response within 8 business hours, fix in the next update. Severity 3 means questions and minor issues: response within 2 business days.
P:9.3 For each full hour by which the Vendor misses a Severity 1 response time, the Vendor shall credit CNY 1,000 against the next amount due from the Customer or, if nothing is due, pay it within 30 days.
H:Article 10 Intellectual Property
P:10.1 The Licensed Software remains the property of the Vendor and its licensors.
P:10.2 The Customer Deliverables are the property of the Customer from creation. The Customer may use, modify, copy and give them to third parties without restriction. The Vendor shall deliver them in editable form.
H:Article 11 Customer Data and Data Security
P:11.1 Casting models, drawings, process parameters, melt data and simulation results supplied or produced by the Customer ("Customer Data") belong to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not keep or reuse it for any other purpose, including in aggregated or anonymised form.
P:11.2 The Licensed Software runs on the Customer's workstations and sends no data to the Vendor. Remote sessions take place only when the Customer opens them, under the Customer's supervision, and the Vendor shall not copy Customer Data out of the Customer's systems. Where the Customer sends sample files for a support case, the Vendor shall keep them encrypted, restrict access to the named support engineer and delete them when the case is closed.
P:11.3 The Vendor shall notify the Customer within 24 hours of any unauthorised access to or loss of Customer Data in its possession, cooperate in containing it and bear the costs and losses caused by its breach of this Article.
H:Article 12 Confidentiality
P:Each party shall keep the other's confidential information secret, use it only for this Agreement and disclose it only to staff who need it. This obligation survives for three years after the end of this Agreement.
H:Article 13 Delay and Liability
P:13.1 If the Vendor fails to complete installation or Final Acceptance by the dates in Article 6.1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:13.2 Each party's total liability under this Agreement is limited to 200% of the Contract Price. This limit does not apply to breach of Article 11, fraud or wilful misconduct.
H:Article 14 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent, and remains responsible for the work of any approved subcontractor. The interpreter named in Annex 2 is approved by signature of this Agreement.
H:Article 15 Termination
P:The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after notice, or if liquidated damages reach their maximum.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of Italy, excluding its conflict-of-law rules and the United Nations Convention on Contracts for the International Sale of Goods.
P:16.2 Any dispute arising out of or in connection with this Agreement shall be settled exclusively by the courts of Venice, Italy.
H:Article 17 General
P:17.1 This Agreement, with Annex 1 (Licensed Software, seats and benchmark times) and Annex 2 (taxes, interpreter, contacts), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:Signed for Cangzhou Tiegu Casting Co., Ltd.: ____________________ Name: Wang Lei, General Manager. Date: ________
P:Signed for Fusione Digitale S.r.l.: ____________________ Name: Chiara Zanon, Managing Director. Date: ________
"""

H227E02 = """KELPIE TICKETING LTD
ORDER FORM No. KT-ORD-0883 (with the Kelpie General Terms of Service, version 7)

PART A - ORDER FORM

Vendor: Kelpie Ticketing Ltd, a company registered in Scotland (company number SC604127), whose registered office is at The Boathouse, Lamb Island, Firth of Forth, North Berwick EH39, Scotland ("Kelpie").

Customer: Guilin Yinshui Karst Cave Scenic Area Operation Co., Ltd., a company incorporated in the People's Republic of China, whose registered office is at No. 8 Dongyan Road, Lingchuan County, Guilin, Guangxi ("Customer").

Order date: 18 May 2026.

A1. Services ordered
Kelpie will provide its cloud ticketing platform "Kelpie Gate" for the Customer's show cave, boat tour and cable car, including: online booking and payment through the Customer's WeChat mini-program and website; timed-entry capacity control for cave tour slots; connectors for the two online travel agencies named in Schedule 1; ticket validation on the Customer's eighteen turnstiles and twelve handheld scanners; group and school bookings; daily settlement reports; and the visitor-flow dashboard used by the Customer's safety office.

A2. Subscription Term
The Subscription Term is 36 months from the Service Start Date, which is the date on which Go-Live Acceptance is signed under A5. At the end of the Subscription Term the subscription renews automatically for a further term of 24 months at the same Subscription Fee and on the same terms, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

A3. Fees
At the Customer's request all fees are stated and invoiced in Chinese Renminbi (CNY).

Fee item | Basis | Amount (CNY)
Subscription Fee | CNY 23,500 per month x 36 months | 846,000
Onboarding Services (configuration, turnstile and OTA connectors, data import, training) | one-time | 118,000
Total Contract Value | | 964,000

The Subscription Fee covers up to 1.6 million tickets per contract year. Tickets above that volume are charged at CNY 0.12 each and are not part of the Total Contract Value.

A4. Invoicing and payment
(a) The Subscription Fee is invoiced monthly in arrears, from the Service Start Date.
(b) The Onboarding Services fee is invoiced after Go-Live Acceptance.
(c) No fee is payable before the Service Start Date. The Customer pays within 30 days after receipt of a correct VAT invoice issued by Kelpie's authorised agent in China.

A5. Onboarding and Go-Live Acceptance
(a) Kelpie will complete the Onboarding Services within 75 days after the order date.
(b) Go-Live Acceptance tests, run jointly on the Customer's site: (i) 2,000 test bookings through every sales channel reconcile to the settlement report without difference; (ii) every turnstile and handheld scanner validates a ticket in under one second; (iii) the capacity control stops sales for a cave slot when it is full; (iv) the safety office dashboard shows visitor counts per zone with a delay of less than one minute; (v) refunds and rebooking work on every channel.
(c) When all tests pass, the parties sign a Go-Live Acceptance certificate. Selling tickets on the platform before that signature is a trial and is not acceptance.
(d) If Kelpie does not achieve Go-Live Acceptance within the period in (a) for reasons attributable to it, Kelpie shall pay the Customer CNY 900 for each day of delay, up to CNY 60,000.

A6. Service levels
The service levels in Part B, clause 3 apply.

A7. Contacts
Customer: Mr Qin Hao, Head of Visitor Services. Kelpie: Ms Isla Murray, Customer Success Manager.

Accepted by the Customer: ______________________ (authorised signatory and company chop)
Accepted for Kelpie Ticketing Ltd: ______________________ (director)

PART B - KELPIE GENERAL TERMS OF SERVICE (version 7)

1. Application
1.1 These General Terms apply to every Order Form that refers to them. If the Order Form and these General Terms conflict, the Order Form prevails.
1.2 "Customer Data" means all data entered into or generated by the platform for the Customer, including visitor names, identity document numbers, mobile numbers, booking and payment records.

2. The Service
2.1 Kelpie will provide the platform in accordance with its documentation and the Order Form.
2.2 Kelpie may update the platform from time to time, provided that an update does not materially reduce the functions ordered. Updates that change the turnstile or OTA interfaces are announced at least 30 days in advance.
2.3 The platform for Chinese customers is hosted in a data centre in mainland China operated by a licensed cloud provider.

3. Service levels
3.1 Availability: the platform will be available at least 99.95% of each calendar month, excluding planned maintenance announced five days in advance and carried out between 01:00 and 05:00 China time.
3.2 Support: Priority 1 means that ticket sales or turnstile validation are unavailable at the Customer's site. Kelpie responds to a Priority 1 incident within 30 minutes, 24 hours a day, and works on it continuously until service is restored. Priority 2 (a channel or report unavailable) is answered within 2 hours; Priority 3 within one business day.
3.3 Service credits: if availability in a month falls below the level in 3.1, Kelpie credits 5% of that month's Subscription Fee for each started 0.1 percentage point of shortfall, up to half of the monthly fee. A Priority 1 response later than the time in 3.2 earns a further credit of CNY 1,000 per incident. Credits are deducted from the next invoice.

4. Customer Data and security
4.1 Customer Data belongs to the Customer. Kelpie processes Customer Data only on the Customer's documented instructions and only to provide the services; it does not sell, analyse or otherwise use Customer Data for its own purposes, in identifiable, anonymised or aggregated form.
4.2 Kelpie keeps Customer Data in the mainland China data centre named in 2.3 and does not transfer it outside mainland China. It encrypts identity document numbers and payment references in storage and in transit, restricts access to named staff with multi-factor authentication, logs all administrative access and keeps the hosted environment under a valid MLPS level 3 record.
4.3 Kelpie notifies the Customer within 24 hours of becoming aware of any security incident affecting Customer Data, takes immediate steps to contain it, and bears the costs of notification, remediation and any losses that the incident causes where it results from Kelpie's breach of this clause 4.
4.4 At the end of the Subscription Term Kelpie returns all Customer Data in CSV format within 30 days and then deletes it, and confirms the deletion in writing.

5. Intellectual property
5.1 Kelpie owns the platform and all improvements to it.
5.2 Configurations, ticket designs, price tables and reports created specifically for the Customer belong to the Customer, which may use, modify and license them freely, including with a successor provider.

6. Confidentiality
Each party keeps confidential all non-public information received from the other, including prices and visitor statistics, uses it only for the Order Form, and does not disclose it to third parties except to its professional advisers or as required by law. This obligation lasts for three years after the end of the Subscription Term.

7. Subcontractors and sub-processors
Kelpie may use subcontractors and sub-processors of its choice to perform any part of the services, including hosting, payment processing, OTA connectivity and on-site support. Kelpie lists its current subcontractors on its website and will update that list when it adds or replaces one; no consent of the Customer is required. Kelpie remains responsible for the acts of its subcontractors.

8. Liability
8.1 Nothing limits liability for death or personal injury caused by negligence, or for fraud.
8.2 Subject to 8.1, Kelpie's total aggregate liability arising out of or in connection with the Order Form and these General Terms, whether in contract, delict or otherwise, is limited to the Subscription Fees paid by the Customer in the six months immediately before the event giving rise to the claim.
8.3 Neither party is liable for loss of profit, revenue or goodwill, or for indirect loss.

9. Term and termination
9.1 Either party may terminate the Order Form by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice describing the breach.
9.2 On termination Kelpie shall continue to provide the platform for up to 60 days, at the same Subscription Fee, if the Customer needs that time to move to another provider.

10. Force majeure
Neither party is liable for failure caused by events beyond its reasonable control, such as natural disasters or failures of public networks, provided that it notifies the other party promptly and resumes performance as soon as possible. Kelpie's disaster-recovery obligations in its documentation are not excused.

11. Notices
Notices must be in writing and sent by e-mail with a copy by courier to the addresses in the Order Form.

12. Governing law and jurisdiction
12.1 The Order Form and these General Terms, and any non-contractual obligations arising out of them, are governed by the law of Scotland.
12.2 The Court of Session in Edinburgh has exclusive jurisdiction over any dispute arising out of or in connection with them.

13. General
13.1 Neither party may assign the Order Form without the other's written consent, except that Kelpie may assign it to a company in its group.
13.2 The Order Form and these General Terms are the entire agreement between the parties about their subject matter. Changes must be agreed in writing.
13.3 If any provision is held invalid, the rest remains in force.
"""

H227E03 = """T:Purchase Contract for Pond Water-Quality Monitoring Equipment
P:Contract No. XSHX-EQ-2026-05 (Buyer's standard form)
P:Buyer: Xiangshan Haixie Aquaculture Co., Ltd., No. 19 Tidal Flat Road, Xinqiao Town, Xiangshan County, Ningbo, Zhejiang, People's Republic of China (the "Buyer").
P:Supplier: Laguna Sensori S.r.l., Casa Bianca, Isola di Mazzorbetto, 30142 Venice, Italy (the "Supplier").
P:Whereas the Buyer farms swimming crab and mud crab in 240 earthen and lined ponds on the Xiangshan coast and needs continuous monitoring of dissolved oxygen, temperature, salinity, pH and ammonia, linked to its aerators, and the Supplier designs and integrates water-quality monitoring systems for aquaculture, the parties agree as follows. At the Buyer's request all prices are in Chinese Renminbi (CNY).
H:Article 1 Scope of Supply
P:1.1 The Supplier shall supply, install, configure and commission the monitoring system described in Annex 1: multi-parameter sondes, solar-powered buoy loggers, LoRa gateways, the monitoring platform licence, the interface to the Buyer's aerator controllers, and training.
P:1.2 All equipment shall be new, of current production, rated for brackish and sea water, and delivered with calibration certificates. Sondes shall have automatic cleaning wipers and field-replaceable sensor heads.
P:1.3 The platform shall be installed on the Buyer's server in the farm control room, with a mobile app for pond keepers. It shall send alarms by SMS and app notification when dissolved oxygen falls below the set point of any pond and shall start the aerators of that pond automatically.
H:Article 2 Price
P:2.1 The Contract Price is CNY 1,880,000, fixed, including packing, transport to the farm, insurance, import duties and formalities handled by the Supplier's Ningbo agent, installation, commissioning and training.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter sonde (DO, temperature, salinity, pH, ammonia)|60|18,600|1,116,000
TB:2|Solar buoy data logger with LoRa radio|30|9,400|282,000
TB:3|LoRa gateway with 4G backhaul|6|12,500|75,000
TB:4|Monitoring platform licence, perpetual, unlimited users|1|186,000|186,000
TB:|Hardware and Licence Subtotal|||1,659,000
TB:5|Installation, mooring and commissioning|1|128,000|128,000
TB:6|Aerator controller interface|1|76,000|76,000
TB:7|Training|1|17,000|17,000
TB:|Contract Price|||1,880,000
H:Article 3 Payment
P:3.1 10% of the Contract Price (CNY 188,000) within 15 days after signature, against the Supplier's advance payment guarantee from a bank in China.
P:3.2 55% (CNY 1,034,000) within 20 days after all equipment has been delivered and installed, as recorded in a signed installation record. The installation record is not acceptance.
P:3.3 35% (CNY 658,000) within 20 days after Final Acceptance.
H:Article 4 Delivery and Delay
P:4.1 The Supplier shall deliver all equipment to the farm within 70 days after signature and complete installation within 30 days after delivery, before the stocking of juvenile crabs.
P:4.2 For each day of delay in delivery, installation or Final Acceptance attributable to the Supplier, the Supplier shall pay the Buyer liquidated damages of 0.08% of the Contract Price, up to 8% of the Contract Price. The Buyer may deduct them from any payment.
P:4.3 The Supplier shall agree the installation plan with the Buyer's farm manager at least ten days before installation starts, including the position of every buoy, the cable routes in the control room and the order in which ponds are worked on, so that feeding and water exchange are not disturbed.
P:4.4 On site the Supplier's staff shall follow the Buyer's rules on biosecurity, boat use and life jackets, and shall not enter ponds with crabs without the farm manager's permission.
H:Article 5 Acceptance
P:5.1 Final Acceptance follows a 30-day trial operation of the whole system in the ponds. The criteria are: (a) sonde readings agree with the Buyer's laboratory measurements on 10 sampling rounds within the tolerances of Annex 2 (dissolved oxygen within 0.3 mg/L, salinity within 0.5 ppt, pH within 0.1); (b) at least 98% of scheduled readings from every logger reach the platform; (c) a simulated low-oxygen event in each pond starts the aerators within 60 seconds and raises an SMS alarm; (d) no Severity 1 fault during the trial; (e) manuals, calibration certificates and as-installed drawings delivered.
P:5.2 The Buyer's farm manager and IT officer perform the tests with the Supplier and sign the Final Acceptance certificate when all criteria are met. Installation, switching on the system or using its data is not acceptance.
P:5.3 If a criterion is not met, the Supplier shall correct the cause within 15 days and repeat the affected tests at its own cost.
P:5.4 Training shall cover daily use of the app, alarm handling, calibration and cleaning of sondes, replacement of sensor heads and batteries, and basic fault finding on loggers and gateways. It shall be given on site in Chinese, in two sessions for pond keepers and one session for the Buyer's technicians, and the Supplier shall provide illustrated Chinese manuals.
H:Article 6 Warranty
P:6.1 The warranty period is thirty-six (36) months from Final Acceptance. During it the Supplier shall repair or replace any defective equipment free of charge, including sensor heads that fail in normal use, and supply software updates for the platform.
P:6.2 Consumables (calibration solutions, wiper brushes) are supplied by the Supplier at cost, as listed in Annex 1.
H:Article 7 Support and Service Levels
P:7.1 The Supplier shall provide support through its Ningbo agent, with spare sondes and loggers kept in Ningbo. Faults are classified and handled as follows:
TB:Severity|Description|Response|On site|Restore
TB:1|Platform down, or alarms or aerator control failing for any pond|1 hour|8 hours|24 hours
TB:2|A gateway or more than two loggers offline|2 hours|24 hours|48 hours
TB:3|Single sonde drift, reports or app issues|1 business day|as agreed|5 business days
P:7.2 The platform shall be available 99.95% of each month, excluding planned maintenance agreed with the Buyer.
P:7.3 For each hour by which a response, on-site or restore time in the table is exceeded, the Supplier shall pay CNY 800, deducted from the next payment or the performance guarantee.
P:7.4 The Supplier shall keep at least four spare sondes, three spare loggers and one spare gateway at its agent's store in Ningbo throughout the warranty period, and shall replace a failed unit from that stock without waiting for the faulty unit to be repaired. During the main growing season, from June to October, it shall also check the calibration of every sonde once a month and record the results in the platform.
P:7.5 The Supplier shall send the Buyer a short quarterly service report listing faults, response and restore times, replaced parts and calibration results.
H:Article 8 Support after the Warranty
P:8.1 After the warranty period the Buyer may order annual support on the same service levels by purchase order.
P:8.2 The annual support fee is 8% of the Hardware and Licence Subtotal, that is CNY 132,720 per year, fixed for the first two years after the warranty. Later fees shall be agreed in writing. Support does not renew automatically.
H:Article 9 Intellectual Property
P:9.1 The aerator controller interface, the pond dashboards and alarm rules configured for the Buyer, and their source code and documentation, belong to the Buyer, who may use, modify and have them maintained by any third party.
P:9.2 The platform software remains the Supplier's property, licensed to the Buyer perpetually under Article 2.
H:Article 10 Data
P:10.1 All measurements, alarms, pond records and production data are the Buyer's data. The Supplier may use them only to perform this Contract and shall not keep, analyse or disclose them for any other purpose, including in anonymised or aggregated form.
P:10.2 Data stays on the Buyer's server. Remote access by the Supplier or its agent needs the Buyer's approval for each session, uses a named account with multi-factor authentication and is logged. The Supplier shall not copy data out of the Buyer's systems.
P:10.3 The Supplier shall report any actual or suspected data breach within 12 hours, help to contain it and compensate the Buyer for losses caused by its failure to comply with this Article.
H:Article 11 Confidentiality
P:Each party shall keep confidential the other's non-public business and technical information, including the Buyer's stocking plans, yields and pond layout, and shall not disclose it without prior written consent, for three years after the end of this Contract.
H:Article 12 Liability
P:The Supplier's total liability under this Contract is limited to 150% of the Contract Price. The limit does not apply to breach of Articles 10 and 11, personal injury or wilful misconduct.
H:Article 13 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Mooring work on the ponds by a local marine contractor also requires that consent. The Supplier remains responsible for any approved subcontractor.
H:Article 14 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if delay damages reach their maximum. The Supplier shall then refund the payments received for equipment or services not accepted.
H:Article 15 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.
H:Article 16 Miscellaneous
P:This Contract is made in English and Chinese; both texts are equally valid. Annex 1 (equipment list and specifications) and Annex 2 (test procedures and tolerances) form part of it.
P:For the Buyer: ____________________ (company chop)    For the Supplier: ____________________
P:Date: ____________________
"""

H227E04 = """# Managed IT and Endpoint Support Agreement

**Agreement reference:** GMS-GZ-2026-031

**Between**

- **Guangzhou Meiyan Cosmetics Distribution Co., Ltd.**, a company incorporated in the People's Republic of China, registered office at Room 1802, No. 233 Tianhe North Road, Tianhe District, Guangzhou, Guangdong (the "Customer"); and
- **Graciosa Managed Services S.L.**, a company incorporated in Spain, registered office at Calle Mar de las Calmas 4, Caleta de Sebo, Isla de la Graciosa, 35540 Las Palmas, Spain, acting in China through its Guangzhou service partner named in Schedule 3 (the "Provider").

**Recitals**

(A) The Customer imports and distributes skin-care and cosmetics brands to department stores, pharmacies and online shops in South China. It has about 420 staff working from its head office in Tianhe, two branch offices in Foshan and Dongguan, and two bonded and non-bonded warehouses in Huangpu.

(B) The Customer wishes to outsource the day-to-day support of its end-user computing and office IT, and the Provider runs a multilingual service desk and field engineering teams for companies in Europe and Asia.

(C) The parties have agreed that the Provider will deliver the services described below for the Term, for fees stated in Chinese Renminbi (CNY) at the Customer's request.

## 1. Definitions

1.1 **Services** means the services in Section 2 and Schedule 1.

1.2 **Endpoints** means the laptops, desktops, tablets, handheld warehouse scanners and shared printers listed in the asset register in Schedule 2, as updated monthly.

1.3 **Incident** means an unplanned interruption to, or reduction in quality of, an IT service used by the Customer's staff.

1.4 **Go-Live Date** means the date on which the Customer signs the Service Commencement Certificate under Section 4.

## 2. Services

2.1 Service desk: telephone, e-mail, WeChat Work and portal support in Chinese and English from 08:00 to 20:00 China time, Monday to Saturday, with an on-call engineer outside those hours for Priority 1 Incidents.

2.2 Endpoint management: provisioning, imaging and configuration of new Endpoints; operating-system and application patching on a monthly cycle; software distribution; hardware fault handling with the manufacturers; and re-imaging of Endpoints returned by leavers before re-issue.

2.3 Office IT: administration of the Customer's Microsoft 365 tenant (users, licences, mailboxes, Teams), the office Wi-Fi and switches, the meeting-room equipment and the print fleet.

2.4 Field support: one resident engineer at the Tianhe head office on business days, and visits to the branch offices and warehouses as needed, at least once a week in Huangpu during the peak sales periods in Schedule 1.

2.5 Reporting: a monthly service report with ticket volumes, service-level performance, patch compliance, asset changes and recommendations, and a quarterly review meeting.

## 3. Term

3.1 The Term begins on the Go-Live Date and runs for 24 months.

3.2 The Agreement ends at the end of the Term. Any extension must be agreed in writing by both parties; there is no automatic renewal.

## 4. Transition and Service Commencement

4.1 The Provider shall complete transition within 45 days after signature. Transition includes taking over the asset register, documenting every site, building the knowledge base, setting up the portal and remote-support tools, and shadowing the Customer's current IT staff.

4.2 Service commencement criteria: (a) every Endpoint in Schedule 2 is enrolled in the Provider's management tool and reports its patch status; (b) the asset register is reconciled with a physical count at every site, with no unexplained differences; (c) 50 test tickets across all channels are logged, routed and closed correctly; (d) runbooks exist for every service in Schedule 1; (e) the resident engineer has passed the Customer's induction.

4.3 When the criteria are met, the Customer signs a Service Commencement Certificate. Handling live tickets during transition does not mean the criteria are met.

4.4 If the Go-Live Date is later than 45 days after signature for reasons attributable to the Provider, the Provider shall pay CNY 700 for each day of delay, which the Customer may deduct from the first invoices.

## 5. Fees and Payment

5.1 The fees are:

| Item | Basis | Amount (CNY) |
|---|---|---|
| Monthly service charge (up to 460 Endpoints, 5 sites) | CNY 46,800 x 24 months | 1,123,200 |
| Transition fee | one-time, after Service Commencement | 56,800 |
| **Total Contract Value** | | **1,180,000** |

5.2 Endpoints above 460 are charged at CNY 95 each per month, agreed in the monthly report.

5.3 The monthly service charge is invoiced at the end of each month. The transition fee is invoiced after the Service Commencement Certificate is signed. No amount is payable in advance. The Customer pays within 30 days after receiving a valid VAT invoice.

## 6. Service Levels

6.1 Incident priorities and targets:

| Priority | Definition | Response | Resolution |
|---|---|---|---|
| P1 | Site-wide outage, warehouse scanning stopped, or e-mail down for all users | 45 minutes | 6 hours |
| P2 | A group of users or a key application affected | 2 hours | 1 business day |
| P3 | A single user affected, workaround available | 8 business hours | 3 business days |
| Request | New user, software request, move or change | 1 business day | 5 business days |

6.2 Service credits: for each month in which more than two P1 or P2 Incidents miss their resolution targets, the Provider credits 5% of that month's service charge; for each P1 Incident whose response is late, a further credit of CNY 1,500. Credits in a month are limited to a quarter of that month's service charge.

6.3 Service levels are measured from the Provider's ticketing tool, to which the Customer has read access.

## 7. Customer Responsibilities

7.1 The Customer shall give the Provider administrator access to the systems in scope, keep its software licences valid, and name a service owner who approves changes.

7.2 The Customer remains responsible for the purchase of Endpoints and software, and for its business applications (ERP, warehouse management, e-commerce), which are supported by their own vendors.

## 8. Provider Personnel

8.1 The Provider shall assign a named service delivery manager, who attends the quarterly review and is the Customer's point of escalation, and shall keep the resident engineer in post for at least the first six months of the Term unless the Customer agrees otherwise.

8.2 Staff working on site shall speak Chinese, follow the Customer's office and warehouse rules, and wear the visitor badge issued by the Customer. The Customer may ask for the replacement of any individual whose work or conduct is unsatisfactory, and the Provider shall replace that person within ten business days.

## 9. Customer Data

All documents, e-mails, files and other data held on the Customer's Endpoints and systems belong to the Customer. The Provider shall use them only as needed to perform the Services.

## 10. Intellectual Property

10.1 Runbooks, scripts, device images, configuration templates and documentation produced by the Provider for the Customer belong to the Customer, which may use, modify and give them to any successor provider.

10.2 The Provider's own tools and know-how remain the Provider's.

## 11. Confidentiality

11.1 Each party shall keep confidential all business information of the other that it learns under this Agreement, including prices, product launch plans, customer lists and the terms of this Agreement, and shall not disclose it to any third party without the other's prior written consent.

11.2 This obligation does not cover information that is public or that the receiving party must disclose by law, and it continues for three years after the end of the Term.

## 12. Liability

12.1 The Provider's total liability under this Agreement is limited to 150% of the Total Contract Value.

12.2 Neither party is liable for indirect or consequential loss or loss of profit, except in case of wilful misconduct.

## 13. Subcontracting

The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Guangzhou service partner named in Schedule 3 is approved by signature of this Agreement. The Provider remains responsible for its subcontractors.

## 14. Duration and Ending

14.1 This Agreement may not be terminated by either party before the end of the Term, except by written agreement of both parties.

14.2 If the Provider fails to meet the service levels or otherwise breaches this Agreement, the Customer's remedies are the service credits in Section 6.2, the right to require the breach to be remedied, and damages under Section 12.

14.3 At the end of the Term the Provider shall give the Customer, or a new provider chosen by it, all reasonable assistance for up to 30 days to hand over the Services, including the asset register, runbooks and open tickets, at the rates in Schedule 1.

## 15. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou under its rules in force at the time.

## 16. General

16.1 This Agreement, with Schedule 1 (service description and rates), Schedule 2 (asset register) and Schedule 3 (service partner and contacts), is the entire agreement between the parties. Changes must be in writing and signed by both parties.

16.2 This Agreement is signed in English in two originals, one for each party.

| For the Customer | For the Provider |
|---|---|
| Name: Liang Xiaoying, Chief Financial Officer | Name: Javier Betancort, Director |
| Signature: | Signature: |
| Date: | Date: |
"""

H227E05 = """API SUBSCRIPTION AGREEMENT
Quality Certificate Issuing and Verification Service

Reference: IDA-CN-26-0042

THIS AGREEMENT is dated ____ June 2026 and is made

BETWEEN

(1) HEILONGJIANG SANJIANG RICE IMPORT AND EXPORT CO., LTD., a company incorporated in the People's Republic of China whose registered office is at No. 128 Nongken Avenue, Jiamusi, Heilongjiang Province (the "Customer"); and

(2) INCHKENNETH DATA ASSURANCE LIMITED, a company incorporated in Scotland (registered number SC711930) whose registered office is at Inchkenneth House, Isle of Inchkenneth, Argyll PA73, Scotland (the "Vendor").

BACKGROUND

(A) The Customer exports polished japonica rice from the Sanjiang Plain to buyers in Asia, the Middle East and Europe. For each export lot it must give its buyers a quality certificate stating the laboratory results (moisture, broken kernels, chalkiness, heavy metals and pesticide residues), the lot and container numbers and the inspection references, and the buyers want to verify each certificate online.

(B) The Vendor operates "CertiLink", an application programming interface (API) and web portal through which producers issue digitally signed quality certificates from their own systems and their buyers verify them by QR code or certificate number.

(C) The Customer wishes to subscribe to CertiLink and to have it connected to its laboratory information system and its export order system. At the Customer's request, all fees under this Agreement are stated and paid in Chinese Renminbi (CNY).

IT IS AGREED as follows.

1. DEFINITIONS AND INTERPRETATION

1.1 In this Agreement:
"API" means the CertiLink application programming interface described in the Documentation;
"Certificate Data" means all data submitted by or for the Customer through the API or the portal, and the certificates, signatures and verification logs generated from it;
"Documentation" means the Vendor's API reference and user guide current at the date of this Agreement, as updated under clause 3.3;
"Integration Services" means the services described in clause 4;
"Subscription Period" means 24 months from the Integration Acceptance Date;
"Integration Acceptance Date" means the date on which the Customer signs the integration acceptance record under clause 5.

1.2 Headings do not affect interpretation. "Including" means including without limitation.

2. SUBSCRIPTION

2.1 The Vendor grants the Customer, for the Subscription Period, a non-exclusive right to use the API and the portal to issue up to 12,000 certificates per contract year and to let its buyers, banks and inspection agencies verify them free of charge.

2.2 The Customer may create user accounts for its quality, logistics and sales staff and for the third-party inspection company it appoints.

2.3 The Subscription Period does not renew automatically. Any further period requires a new written agreement.

3. THE SERVICE

3.1 The Vendor will provide the API and the portal in accordance with the Documentation.

3.2 The Vendor will use commercially reasonable efforts to keep the API and the portal available and to deal with support requests promptly. Support requests may be raised by e-mail or through the portal, in English or Chinese.

3.3 The Vendor may improve the API from time to time. It will give the Customer at least 90 days' notice of any change that is not backward compatible and will keep the previous version running during that period.

3.4 The service is hosted for the Customer on cloud infrastructure in mainland China operated by a licensed provider, with a verification mirror outside China that holds only the certificate summary that the Customer chooses to publish to its overseas buyers.

4. INTEGRATION SERVICES

4.1 The Vendor will: (a) configure the Customer's certificate templates in Chinese, English and Arabic; (b) build an adapter between the Customer's laboratory information system and the API so that approved test results are transferred without re-keying; (c) connect the Customer's export order system so that lot, container and consignee details are filled in automatically; (d) set up the Customer's signing keys in the Vendor's hardware security module; and (e) train the Customer's staff.

4.2 The Vendor will aim to complete the Integration Services within 60 days after the date of this Agreement. The Customer will give the Vendor timely access to its systems and test data.

5. INTEGRATION ACCEPTANCE

5.1 The Integration Services are accepted when all of the following tests have been passed in the Customer's presence:
(a) 200 test certificates generated from real laboratory records contain exactly the values in the laboratory information system;
(b) each certificate is signed with the Customer's key and the signature validates in the portal and in the offline verifier;
(c) the QR code on a printed certificate opens the verification page on common mobile phones in China and abroad;
(d) a revoked certificate shows as revoked within one minute;
(e) the Customer's staff have been trained and the adapter documentation has been delivered.

5.2 The parties then sign an integration acceptance record. Issuing certificates for real shipments before that record is signed does not count as acceptance.

6. FEES AND PAYMENT

6.1 The fees are as follows:
Annual subscription fee: CNY 286,000 per contract year, for 2 contract years: CNY 572,000.
Integration Services: one-time fee: CNY 48,000.
Total: CNY 620,000.

6.2 Certificates above the yearly volume in clause 2.1 are charged at CNY 18 each. They are not part of the total above.

6.3 The annual subscription fee is invoiced in equal quarterly instalments of CNY 71,500 at the end of each quarter of the Subscription Period. The fee for the Integration Services is invoiced after the Integration Acceptance Date. Nothing is payable before the Integration Acceptance Date.

6.4 The Customer pays each correct invoice within 30 days by bank transfer. The fees are fixed for the Subscription Period.

7. CERTIFICATE DATA

7.1 Certificate Data belongs to the Customer. The Vendor may use Certificate Data only to provide the service to the Customer and its verifying parties, and shall not analyse, combine, sell or otherwise use it for any other purpose, including in anonymised or aggregated form.

7.2 The Vendor shall protect Certificate Data by appropriate technical and organisational measures, including: encryption in transit and at rest; storage of signing keys in a hardware security module to which no Vendor employee has export access; role-based access with multi-factor authentication for Vendor staff; logging of all administrative access; and compliance with the PRC Data Security Law and Personal Information Protection Law for any personal data of the Customer's staff and consignees.

7.3 Certificate Data held in mainland China shall not be transferred abroad, except the certificate summary that the Customer chooses to publish on the verification mirror.

7.4 The Vendor shall notify the Customer within 24 hours of becoming aware of any unauthorised access to, or loss or alteration of, Certificate Data or signing keys, shall revoke affected certificates at the Customer's request, and shall compensate the Customer for the losses caused by a breach of this clause 7.

7.5 At the end of the Subscription Period the Vendor shall deliver all Certificate Data to the Customer in a documented format, keep the verification pages of issued certificates online for a further 36 months at no charge so that buyers can still verify them, and then delete the data.

8. INTELLECTUAL PROPERTY

8.1 The Vendor owns the API, the portal and the Documentation.

8.2 The certificate templates, the laboratory adapter, the export order connector and their source code and documentation, created for the Customer under clause 4, belong to the Customer, which may use, modify and license them freely and have them maintained by others.

9. CONFIDENTIALITY

9.1 Each party shall treat as confidential the other's non-public information, including the Customer's laboratory results, buyers and prices and the Vendor's technical documentation, shall use it only for this Agreement and shall not disclose it except to its own staff and advisers who need to know it.

9.2 This clause continues to apply for three years after this Agreement ends.

10. SUBCONTRACTING

The Vendor shall not subcontract any part of its obligations without the Customer's prior written consent. The cloud hosting provider named in the schedule to this Agreement is approved by signature. The Vendor remains responsible for the performance of any subcontractor.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 200% of the total fees stated in clause 6.1.

11.2 The limit in clause 11.1 does not apply to breach of clause 7, to infringement of intellectual property rights or to wilful misconduct.

11.3 Neither party is liable for loss of profit or indirect loss.

12. TERMINATION

12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after written notice.

12.2 The Vendor may terminate by written notice if the Customer fails to pay an undisputed invoice within 60 days after a reminder.

12.3 On termination the Vendor shall return the Certificate Data under clause 7.5 and refund any fees paid for the period after termination.

13. FORCE MAJEURE

Neither party is liable for delay or failure caused by events beyond its reasonable control, if it informs the other party promptly and takes reasonable steps to limit the consequences.

14. GOVERNING LAW AND DISPUTES

14.1 At the Customer's request, this Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be referred to the Harbin Arbitration Commission for arbitration in Harbin in accordance with its rules. The arbitration shall be conducted in Chinese, and the Vendor may use English documents with a Chinese translation.

15. GENERAL

15.1 Neither party may assign this Agreement without the other's written consent.

15.2 This Agreement is the entire agreement between the parties about its subject matter and may be changed only in writing signed by both parties.

15.3 Notices shall be given in writing to the addresses above, with a copy by e-mail.

SIGNED for and on behalf of HEILONGJIANG SANJIANG RICE IMPORT AND EXPORT CO., LTD.
Name: Zhao Minghui          Title: General Manager          Signature and company chop: ____________

SIGNED for and on behalf of INCHKENNETH DATA ASSURANCE LIMITED
Name: Fiona MacLean          Title: Director          Signature: ____________
"""

# ---------------------------------------------------------------- files, formats
FILES = {
    "z01": ("h227z01_disability_federation_service_platform.md", "md", H227Z01),
    "z02": ("h227z02_copper_foil_surface_defect_inspection.docx", "docx", H227Z02),
    "z03": ("h227z03_laundry_chain_store_membership_saas.txt", "txt", H227Z03),
    "z04": ("h227z04_animal_epidemic_reporting_platform_om.pdf", "pdf", H227Z04),
    "z05": ("h227z05_tangyuan_maker_mes_supplier_template.md", "md", H227Z05),
    "e01": ("h227e01_foundry_casting_simulation_licences.pdf", "pdf", H227E01),
    "e02": ("h227e02_karst_cave_ticketing_saas_order_form.txt", "txt", H227E02),
    "e03": ("h227e03_crab_farm_water_quality_sensors.docx", "docx", H227E03),
    "e04": ("h227e04_cosmetics_distributor_managed_it_support.md", "md", H227E04),
    "e05": ("h227e05_rice_exporter_quality_certificate_api.txt", "txt", H227E05),
}

# ---------------------------------------------------------------- price and payment sums (integers, CNY)
def check_sums():
    # z01
    assert 438000 + 182000 == 620000
    assert 620000 + 1180000 + 246000 + 84000 == 2130000
    assert [2130000 * p // 100 for p in (20, 45, 35)] == [426000, 958500, 745500] and 426000 + 958500 + 745500 == 2130000
    assert 620000 * 9 // 100 == 55800
    # z02
    assert [24 * 38500, 24 * 9200, 6 * 46000, 6 * 85000] == [924000, 220800, 276000, 510000]
    assert 924000 + 220800 + 276000 + 510000 + 168000 == 2098800
    assert 2098800 + 286000 + 95200 + 20000 == 2500000
    assert [2500000 * p // 100 for p in (10, 35, 50, 5)] == [250000, 875000, 1250000, 125000]
    assert 250000 + 875000 + 1250000 + 125000 == 2500000
    assert 2098800 * 175 // 1000 == 367290 and 2098800 * 175 % 1000 == 0
    # z03
    assert 380 * 70 * 36 == 957600 and 48000 * 3 == 144000
    assert 957600 + 144000 + 168000 + 60400 == 1330000
    # z04
    assert 216000 + 64000 + 52000 + 96000 + 10000 == 438000 and 4 * 109500 == 438000
    # z05
    assert 780000 + 420000 + 100000 == 1300000
    assert 1300000 * 55 // 100 == 715000 and 1300000 * 45 // 100 == 585000 and 715000 + 585000 == 1300000
    assert 780000 * 28 // 100 == 218400
    # e01
    assert [3 * 396000, 2 * 87000] == [1188000, 174000] and 1188000 + 174000 + 226000 == 1588000
    assert 1588000 + 64000 + 148000 == 1800000
    assert [1800000 * p // 100 for p in (20, 45, 35)] == [360000, 810000, 630000] and 360000 + 810000 + 630000 == 1800000
    assert 1588000 * 11 // 100 == 174680
    # e02
    assert 23500 * 36 == 846000 and 846000 + 118000 == 964000
    # e03
    assert [60 * 18600, 30 * 9400, 6 * 12500] == [1116000, 282000, 75000]
    assert 1116000 + 282000 + 75000 + 186000 == 1659000 and 1659000 + 128000 + 76000 + 17000 == 1880000
    assert [1880000 * p // 100 for p in (10, 55, 35)] == [188000, 1034000, 658000] and 188000 + 1034000 + 658000 == 1880000
    assert 1659000 * 8 // 100 == 132720
    # e04
    assert 46800 * 24 == 1123200 and 1123200 + 56800 == 1180000
    # e05
    assert 286000 * 2 == 572000 and 572000 + 48000 == 620000 and 4 * 71500 == 286000

# ---------------------------------------------------------------- hand labels (buyer's view), planned findings
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
T, F, N = True, False, None
# key: lang, category, terms (TERM_KEYS order), sla_clause, ld_stated, capped (goods only), deemed, value,
#      forum outside mainland, fee base (goods), planned rules, figures that must appear in the text
LABELS = {
    "z01": ("zh", "software", [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 9, F, T, F, "PRC", G],
            T, T, T, F, 2130000, F, 620000, [],
            ["2,130,000", "20%", "426,000", "99.95%", "30分钟内响应", "万分之八", "二十四个月", "9%", "55,800", "620,000"]),
    "z02": ("zh", "hardware", [N, 0.5, T, "buyer", T, T, T, 0.1, N, 10, T, T, 24, 17.5, F, T, T, "PRC", G],
            T, T, T, F, 2500000, F, 2098800, ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT"],
            ["2,500,000", "10%", "250,000", "30分钟", "千分之一", "二十四个月", "17.5%", "367,290", "2,098,800",
             "提前书面通知甲方即可"]),
    "z03": ("zh", "cloud", [99.5, 0.25, T, "buyer", T, F, T, 800 / 1330000 * 100, 200, N, T, N, N, N, T, T, F, "PRC", S],
            T, T, N, F, 1330000, F, N, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
            ["1,330,000", "99.5%", "15分钟内响应", "800元", "两倍", "8%", "去标识化"]),
    "z04": ("zh", "services", [99.95, 8, T, "buyer", T, T, F, 0.1, N, N, T, N, N, N, F, T, F, "PRC", S],
            T, T, N, F, 438000, F, N, ["CR-CONFIDENTIALITY", "CR-SLA-RESPONSE"],
            ["438,000", "99.95%", "8小时内响应", "千分之一", "109,500"]),
    "z05": ("zh", "software", [N, 24, F, "supplier", T, T, T, 0.02, 20.0, 55, F, F, 3, 28, F, T, N, N, G],
            T, T, T, T, 1300000, F, 780000,
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
             "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
            ["1,300,000", "55%", "715,000", "三个月", "28%", "218,400", "24小时内响应", "万分之二", "260,000", "780,000",
             "即视为甲方验收合格"]),
    "e01": ("en", "software", [N, 2, T, "buyer", T, T, T, 0.1, 200, 20, T, T, 24, 11, F, T, F, "Italy", G],
            T, T, T, F, 1800000, T, 1588000, ["CR-GOVERNING-LAW"],
            ["1,800,000", "20%", "360,000", "twenty-four (24) months", "11%", "174,680", "within 2 hours", "0.1%",
             "200%", "laws of Italy", "1,588,000", "courts of Venice"]),
    "e02": ("en", "cloud", [99.95, 0.5, T, "buyer", T, T, T, 900 / 964000 * 100, round(6 / 36 * 100, 4), N, T, N, N, N,
                            F, T, T, "Scotland", S],
            T, T, N, F, 964000, T, N, ["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
            ["964,000", "99.95%", "30 minutes", "CNY 900", "six months", "law of Scotland", "23,500", "36 months",
             "no consent of the Customer is required"]),
    "e03": ("en", "hardware", [99.95, 1, T, "buyer", T, T, T, 0.08, 150, 10, T, T, 36, 8, F, T, F, "PRC", G],
            T, T, T, F, 1880000, F, 1659000, [],
            ["1,880,000", "10%", "188,000", "thirty-six (36) months", "8%", "132,720", "1 hour", "0.08%", "150%",
             "99.95%", "1,659,000"]),
    "e04": ("en", "services", [N, 0.75, T, "buyer", F, T, T, 700 / 1180000 * 100, 150, N, T, N, N, N, F, F, F, "PRC", S],
            T, T, N, F, 1180000, F, N, ["CR-DATA-SECURITY", "CR-TERMINATION"],
            ["1,180,000", "45 minutes", "CNY 700", "150%", "46,800", "may not be terminated by either party"]),
    "e05": ("en", "cloud", [N, N, F, "buyer", T, T, T, N, 200, N, T, N, N, N, F, T, F, "PRC", S],
            F, F, N, F, 620000, F, N, ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
            ["620,000", "200%", "286,000", "commercially reasonable efforts", "71,500"]),
}


def label(key):
    lang, cat, vals, sla, ld, capped, deemed, value, _forum, _base, _rules, _figs = LABELS[key]
    terms = dict(zip(TERM_KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": ld}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": FILES[key][0], "language": lang, "category": cat, "expected_terms": terms,
            "expected_extra": extra, "expected_rules": sorted(apply_rules(key, terms, extra))}


def tco_share(key, terms, extra, horizon=5):
    """Policy §4: TCO = contract value + post-warranty fees over the horizon (warranty from acceptance, pro rata)."""
    base = LABELS[key][9]
    years = max(0.0, horizon - terms["warranty_months"] / 12)
    fees = years * terms["post_warranty_fee_pct"] / 100 * base
    return fees / (extra["contract_value"] + fees) * 100


def apply_rules(key, t, x):
    """Policy §3 with its reading notes, applied to the hand labels."""
    r = []
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.append("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and x["post_warranty_fee_capped"] and tco_share(key, t, x) > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or LABELS[key][8]:
        r.append("CR-GOVERNING-LAW")
    return r


SEV = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
       "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def risk(rules):
    sev = [SEV.get(r, "medium") for r in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")

# ---------------------------------------------------------------- threshold scan (policy §3 and §4 defaults)
PCT = r"\s*(?:%|％|per\s*cent|percent)"
CN_AFTER = r"(?![一二三四五六七八九十点])"
THRESHOLDS = {
    "availability 99.9": [r"99\.9(?!\d)", r"九十九点九" + CN_AFTER, r"ninety[- ]nine point nine(?! ?five| ?eight| ?nine)"],
    "P1 response 4 h": [r"(?<![\d.,])4\s*-?\s*(?:小时|个小时|hours?\b|hrs?\b|h\b)", r"(?<![十\d])四个?小时",
                        r"\bfour\s*(?:\(4\)\s*)?-?\s*(?:business\s+|working\s+)?hours?\b", r"(?<![\d.,])240\s*(?:分钟|minutes)"],
    "LD 0.05 %/day": [r"(?<![\d.,])0\.05" + PCT, r"万分之五(?![十百])", r"千分之零点五", r"(?<![\d.,])0\.5\s*‰",
                      r"(?<![\d.,])0\.0005(?!\d)", r"five\s+ten[- ]thousandths"],
    "liability cap 100 %": [r"(?<![\d.,])100" + PCT, r"百分之一?百", r"one\s+hundred" + PCT, r"一倍", r"\bone\s+times\b"],
    "prepayment 30 %": [r"(?<![\d.,])30" + PCT, r"百分之三十" + CN_AFTER, r"\bthirty" + PCT, r"三成"],
    "warranty 12 months": [r"(?<![\d.,])12\s*-?\s*(?:个月|months?\b)", r"(?<![一二三四五六七八九])十二个月", r"\btwelve\s*(?:\(12\)\s*)?-?\s*months?\b",
                           r"(?<![十\d一二三四五六七八九])一年", r"(?<![\d.,])1\s*(?:年|years?\b)", r"\bone[- ]year\b", r"\bone\s+\(1\)\s+year"],
    "post-warranty fee 15 %": [r"(?<![\d.,])15" + PCT, r"百分之十五" + CN_AFTER, r"\bfifteen" + PCT],
    "TCO share 40 %": [r"(?<![\d.,])40" + PCT, r"百分之四十" + CN_AFTER, r"\bforty" + PCT, r"四成"],
    "TCO horizon 5 years": [r"(?<![\d.,])5\s*-?\s*(?:年|years?\b)", r"(?<![十\d一二三四六七八九〇零])五年", r"\bfive\s*(?:\(5\)\s*)?-?\s*years?\b",
                            r"(?<![\d.,])60\s*(?:个月|months?\b)", r"六十个月", r"\bsixty\s*(?:\(60\)\s*)?months?\b"],
}
SELF_TEST_HIT = ["可用率99.9%", "99.9 %", "4小时内响应", "4 hours", "four (4) hours", "四小时", "四个小时", "0.05%", "万分之五",
                 "100%", "百分之百", "30%", "thirty per cent", "百分之三十", "12个月", "12 months", "十二个月", "一年", "one year",
                 "15%", "百分之十五", "40%", "forty percent", "5年", "five years", "五年", "60 months", "4-hour", "twelve (12) months"]
SELF_TEST_MISS = ["99.95%", "24小时", "24 hours", "14 hours", "二十四小时", "0.08%", "万分之八", "150%", "1,100%", "130%",
                  "36 months", "二十四个月", "二十二个月", "每年", "2025年", "2026 年", "115%", "0.15%", "17.5%", "140%",
                  "3 years", "三年", "25 years", "160 months", "12,000 certificates", "12 月 31 日", "4G backhaul", "40 hours"]


def threshold_hits(text):
    variants = [re.sub(r"\s+", " ", text), re.sub(r"(?<=[\u2e80-\uffff])\s+|\s+(?=[\u2e80-\uffff])", "", text)]
    hits = []
    for name, pats in THRESHOLDS.items():
        for p in pats:
            for v in variants:
                m = re.search(p, v, flags=re.I)
                if m:
                    hits.append((name, m.group(0), v[max(0, m.start() - 30):m.end() + 30]))
    return hits


def self_test():
    for s in SELF_TEST_HIT:
        assert threshold_hits(s), "regex misses " + s
    for s in SELF_TEST_MISS:
        assert not threshold_hits(s), ("false hit", s, threshold_hits(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix in (".md", ".txt"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def size(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


# ---------------------------------------------------------------- main
if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    check_sums()
    built = {k: (name, kind) for k, (name, kind, _src) in FILES.items() if kind in ("docx", "pdf")}
    write({k: FILES[k][2] for k in built}, built, OUT, wrap_words=True)
    for k, (name, kind, src) in FILES.items():
        if kind in ("md", "txt"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    fired = set()
    failures = []
    for k, (name, kind, src) in FILES.items():
        lab = label(k)
        planned = sorted(LABELS[k][10])
        assert lab["expected_rules"] == planned, (k, lab["expected_rules"], planned)
        fired.update(planned)
        t, x = lab["expected_terms"], lab["expected_extra"]
        # no labelled value on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["liability_cap_pct"] != 100
        assert t["prepayment_pct"] != 30 and t["warranty_months"] != 12 and t["post_warranty_fee_pct"] != 15
        assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - 0.05) > 1e-6
        share = None
        if t["contract_kind"] == G and t["post_warranty_fee_pct"] is not None:
            share = tco_share(k, t, x)
            assert abs(share - 40) > 0.5
        text = read_back(OUT / name)
        flat = re.sub(r"\s", "", text)
        for fig in LABELS[k][11]:
            if re.sub(r"\s", "", fig) not in flat:
                failures.append((k, "figure missing", fig))
        for h in threshold_hits(text):
            failures.append((k, "threshold", h))
        n = size(text, LABELS[k][0])
        lo, hi = (2800, 3300) if LABELS[k][0] == "zh" else (1500, 1700)
        if not lo <= n <= hi:
            failures.append((k, "length", n))
        (OUT / name).with_suffix(".json").write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{k} {name}: {n} {'chars' if LABELS[k][0] == 'zh' else 'words'}, risk {risk(planned)}, "
              f"rules {planned}" + (f", TCO share {share:.2f}%" if share is not None else ""))
    print("rules fired across the set:", len(fired), sorted(fired))
    if failures:
        for f in failures:
            print("FAIL", f)
        sys.exit(1)
    print("all checks passed")
